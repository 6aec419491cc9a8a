package io.gazette.i18n;

import java.util.List;

/** The characters no name may hold, for the tests of every form and API that takes a name. */
public final class HiddenCharacters {

  /** Bidi controls, invisible format characters, and the separators and fillers that hide. */
  public static final List<String> ALL =
      List.of(
          "\u202E",
          "\u202D",
          "\u202A",
          "\u202B",
          "\u202C",
          "\u2066",
          "\u2067",
          "\u2068",
          "\u2069",
          "\u200E",
          "\u200F",
          "\u061C",
          "\u200B",
          "\uFEFF",
          "\u2060",
          "\u2061",
          "\u2062",
          "\u2063",
          "\u2064",
          "\u00AD",
          "\u180E",
          "\u2028",
          "\u2029",
          "\u3164",
          "\uDB40\uDC41");

  private HiddenCharacters() {}

  /** A name that reads "Marie" with the character inside it. */
  public static String marieWith(String hidden) {
    return "Ma" + hidden + "rie";
  }

  /** How a test names the character: "U+202E". */
  public static String label(String hidden) {
    return String.format("U+%04X", hidden.codePointAt(0));
  }
}
