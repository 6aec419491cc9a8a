package io.gazette.web;

import com.ibm.icu.util.ULocale;
import io.gazette.i18n.Language;
import java.util.Locale;

/**
 * Open Graph's locale of a language, {@code language_TERRITORY}: the configured tag's own region
 * when it has one ({@code en-GB} gives {@code en_GB}), else the region CLDR finds most likely for
 * the language ({@code fr} gives {@code fr_FR}, {@code en} gives {@code en_US}, {@code mfe} gives
 * {@code mfe_MU}); a language CLDR knows no region for stays bare.
 */
public final class OpenGraph {

  private OpenGraph() {}

  /** The {@code og:locale} value of the language. */
  public static String locale(Language language) {
    Locale locale = language.locale();
    String region = locale.getCountry();
    if (region.isEmpty()) {
      region = ULocale.addLikelySubtags(ULocale.forLocale(locale)).getCountry();
    }
    return region.isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + region;
  }
}
