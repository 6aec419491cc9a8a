package io.gazette.web;

import io.gazette.i18n.Language;

/**
 * The same page in one language: an hreflang alternate and, for other languages, a toggle.
 *
 * @param language the version's language
 * @param href absolute URL of the version
 * @param label "Read in English" or "Lire en français", written in the version's language
 * @param current whether this is the page being shown
 */
public record Alternate(Language language, String href, String label, boolean current) {}
