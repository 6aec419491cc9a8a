package io.gazette.api;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;

/** The {@code lang} parameter of the API: one of the site's languages, else a 400. */
public final class LangParam {

  /** Its description in the OpenAPI document. */
  public static final String DESCRIPTION =
      "One of the site's languages (see /api/v1/languages); the default language when absent.";

  private LangParam() {}

  /** The language asked for; the site's default when {@code raw} is absent or blank. */
  public static Language resolve(Languages languages, String raw) {
    if (raw == null || raw.isBlank()) {
      return languages.defaultLanguage();
    }
    return languages
        .find(raw.strip())
        .orElseThrow(
            () ->
                ProblemException.invalidParameter(
                    "lang",
                    "unknown-language",
                    "The parameter 'lang' must be one of the site's languages: "
                        + String.join(", ", languages.all().stream().map(Language::code).toList())
                        + "."));
  }

  /** A language to filter a newsroom list by, null when absent or blank; else as sent, stripped. */
  public static String filter(Languages languages, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String code = raw.strip();
    if (languages.find(code).isEmpty()) {
      throw ProblemException.invalidParameter(
          "lang",
          "unknown-language",
          "The parameter 'lang' is not acceptable. It is not one of the site's languages.");
    }
    return code;
  }
}
