package io.gazette.library;

import io.gazette.media.MediaText;

/** A picture's texts in one language as typed in a form or an API call. */
public record TextsInput(String lang, String alt, String caption, String credit) {

  static final int MAX_ALT = 500;
  static final int MAX_CAPTION = 1000;
  static final int MAX_CREDIT = 300;

  /** The texts trimmed, with line breaks and control characters turned into spaces. */
  public TextsInput cleaned() {
    return new TextsInput(lang, clean(alt), clean(caption), clean(credit));
  }

  /** The first text over its limit, by field name, or null when all fit. */
  String tooLong() {
    if (alt.codePointCount(0, alt.length()) > MAX_ALT) {
      return "alt";
    }
    if (caption.codePointCount(0, caption.length()) > MAX_CAPTION) {
      return "caption";
    }
    return credit.codePointCount(0, credit.length()) > MAX_CREDIT ? "credit" : null;
  }

  MediaText stored() {
    return new MediaText(alt, caption, credit);
  }

  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    String spaced = text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\uFFFD]", " ");
    return spaced.replaceAll("\\s+", " ").strip();
  }
}
