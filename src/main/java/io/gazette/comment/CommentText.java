package io.gazette.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Gazette counts and checks in the text a reader types, in any script. */
public final class CommentText {

  /** Web links as readers write them, with or without the scheme. */
  static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"']+|\\bwww\\.[^\\s<>\"']+");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private CommentText() {}

  /** The text as stored: composed (NFC), Windows line ends made plain, outer blanks removed. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
  }

  /** Length in characters as a reader counts them: an emoji or an Arabic letter is one. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Whether the text holds something no person types: NUL and other control characters (line breaks
   * and tabs excepted when {@code multiline}), lone surrogates, or the replacement character that
   * stands for bytes that were not UTF-8.
   */
  public static boolean hasForbiddenCharacters(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r') {
        if (!multiline) {
          return true;
        }
      } else if (Character.isISOControl(c) || c == '\uFFFD' || unpairedSurrogate(text, i)) {
        return true;
      } else if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return false;
  }

  /** How many web links the text carries. */
  public static int links(String text) {
    Matcher link = LINK.matcher(text);
    int found = 0;
    while (link.find()) {
      found++;
    }
    return found;
  }

  /** SHA-256 of the text with case and spacing ignored; null for no text. */
  public static String fingerprint(String text) {
    if (text == null) {
      return null;
    }
    String plain =
        SPACES
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
            .replaceAll(" ")
            .strip();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }

  private static boolean unpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c);
  }
}
