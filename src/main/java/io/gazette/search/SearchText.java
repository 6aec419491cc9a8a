package io.gazette.search;

import java.text.Normalizer;

/**
 * What a reader typed, made fit for the query parser: normalized (NFC), without control or
 * invisible characters, and cut to {@link #MAX_CHARS} characters and {@link #MAX_WORDS} words, so
 * that no text, however long or strange, makes a query the index refuses.
 *
 * @param text the text searched for
 * @param shortened whether the reader's text was cut
 */
record SearchText(String text, boolean shortened) {

  static final int MAX_CHARS = 200;
  static final int MAX_WORDS = 24;

  static SearchText of(String typed) {
    if (typed == null) {
      return new SearchText("", false);
    }
    String clean =
        Normalizer.normalize(typed, Normalizer.Form.NFC)
            .replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\uFFFD]+", " ")
            .replaceAll("\\s+", " ")
            .strip();
    String cut = clean;
    if (cut.codePointCount(0, cut.length()) > MAX_CHARS) {
      cut = cut.substring(0, cut.offsetByCodePoints(0, MAX_CHARS));
    }
    String[] words = cut.split(" ");
    if (words.length > MAX_WORDS) {
      cut = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }
    return new SearchText(cut.strip(), !cut.equals(clean));
  }

  boolean isBlank() {
    return text.isBlank();
  }
}
