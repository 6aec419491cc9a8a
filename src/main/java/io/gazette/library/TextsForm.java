package io.gazette.library;

import io.gazette.i18n.Language;
import java.util.ArrayList;
import java.util.List;

/** The asset page's texts form read: one set of texts per configured language, cleaned. */
final class TextsForm {

  private TextsForm() {}

  /** The texts sent for the site's languages; other languages and missing fields are left out. */
  static List<TextsInput> read(
      List<Language> languages,
      List<String> langs,
      List<String> alts,
      List<String> captions,
      List<String> credits) {
    List<TextsInput> typed = new ArrayList<>();
    int sent = langs == null ? 0 : langs.size();
    for (int i = 0; i < sent; i++) {
      String lang = langs.get(i);
      if (languages.stream().anyMatch(l -> l.code().equals(lang))
          && typed.stream().noneMatch(t -> t.lang().equals(lang))) {
        typed.add(new TextsInput(lang, at(alts, i), at(captions, i), at(credits, i)).cleaned());
      }
    }
    return typed;
  }

  /** The texts as the form shows them again, each language with its error, if any. */
  static List<AssetView.LanguageTexts> shown(
      List<Language> languages, List<TextsInput> typed, MediaMessages m) {
    List<AssetView.LanguageTexts> shown = new ArrayList<>();
    for (Language language : languages) {
      TextsInput input =
          typed.stream()
              .filter(t -> t.lang().equals(language.code()))
              .findFirst()
              .orElse(new TextsInput(language.code(), "", "", ""));
      shown.add(
          new AssetView.LanguageTexts(
              language, input.alt(), input.caption(), input.credit(), error(input, m)));
    }
    return shown;
  }

  private static String error(TextsInput input, MediaMessages m) {
    String field = input.tooLong();
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "alt" -> m.altTooLong(TextsInput.MAX_ALT);
      case "caption" -> m.captionTooLong(TextsInput.MAX_CAPTION);
      default -> m.creditTooLong(TextsInput.MAX_CREDIT);
    };
  }

  private static String at(List<String> values, int i) {
    return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
  }
}
