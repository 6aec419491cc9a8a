/** The interface language: configured languages, negotiation, message bundles, date formats. */
package io.gazette.i18n;
