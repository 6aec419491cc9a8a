package io.gazette.api;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;

/** The {@code lang} parameter of the public API: one of the site's languages, else a 400. */
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
}
