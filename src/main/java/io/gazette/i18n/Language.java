package io.gazette.i18n;

import java.util.Locale;

/**
 * One of the site's languages.
 *
 * @param code BCP 47 tag as configured, used in URLs
 * @param locale the tag as a locale, for messages and dates
 * @param name the language's name in itself ("français")
 * @param dir text direction, {@code ltr} or {@code rtl}
 * @param isDefault whether it is the site's default language
 */
public record Language(String code, Locale locale, String name, String dir, boolean isDefault) {}
