package io.gazette.sitemap;

import java.util.Locale;
import java.util.Set;

/**
 * A language as Google News names it: its ISO 639 code in lower case, except Chinese, which is
 * {@code zh-cn} (simplified) or {@code zh-tw} (traditional).
 */
final class NewsLanguage {

  private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

  private NewsLanguage() {}

  static String of(Locale locale) {
    String language = locale.getLanguage().toLowerCase(Locale.ROOT);
    if (!language.equals("zh")) {
      return language;
    }
    boolean traditional =
        locale.getScript().equals("Hant")
            || (locale.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(locale.getCountry()));
    return traditional ? "zh-tw" : "zh-cn";
  }
}
