package io.gazette.i18n;

/**
 * What a name shown to other people may hold, whoever typed it (a reader's comment name, an
 * account's display name, a tag or section name): no bidirectional controls and no invisible
 * formatting characters, with which one name can pass for another or reorder the text around it.
 *
 * <p>Refused: every format character (Unicode category Cf: U+061C, U+200B..U+200F, U+202A..U+202E,
 * U+2060..U+2064, U+2066..U+2069, U+FEFF, U+00AD, the tag characters U+E0000..U+E007F...), line and
 * paragraph separators, and the Hangul fillers that draw nothing. The zero width non-joiner and
 * joiner (U+200C, U+200D) are kept between two letters, marks or symbols, where Persian, the Indic
 * scripts and emoji sequences need them ("می‌خواهم", "👩‍💻"); anywhere else they only hide.
 */
public final class Names {

  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  private Names() {}

  /** Whether the name holds a character that is invisible or changes the text's direction. */
  public static boolean hasHiddenCharacters(String name) {
    if (name == null) {
      return false;
    }
    int[] points = name.codePoints().toArray();
    for (int i = 0; i < points.length; i++) {
      int c = points[i];
      if (c == ZWNJ || c == ZWJ) {
        if (!joins(points, i)) {
          return true;
        }
      } else if (hidden(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(int c) {
    return switch (Character.getType(c)) {
      case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    };
  }

  /** A joiner stands between two visible characters that it may join. */
  private static boolean joins(int[] points, int i) {
    return i > 0 && i + 1 < points.length && joinable(points[i - 1]) && joinable(points[i + 1]);
  }

  private static boolean joinable(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.OTHER_SYMBOL,
          Character.MODIFIER_SYMBOL ->
          !hidden(c);
      default -> false;
    };
  }
}
