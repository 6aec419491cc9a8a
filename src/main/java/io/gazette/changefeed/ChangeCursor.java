package io.gazette.changefeed;

import io.gazette.api.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The change feed's opaque cursor: {@code v1:<number>} in unpadded base64url. Apps keep it as a
 * string; the version prefix leaves room to change what it holds.
 */
final class ChangeCursor {

  private static final String PREFIX = "v1:";

  private ChangeCursor() {}

  static String encode(long seq) {
    byte[] text = (PREFIX + seq).getBytes(StandardCharsets.US_ASCII);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
  }

  /** The number a cursor stands for; 0 when absent; a 400 naming {@code since} when not ours. */
  static long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        long seq = Long.parseLong(text.substring(PREFIX.length()));
        if (seq >= 0) {
          return seq;
        }
      }
    } catch (IllegalArgumentException notOurs) {
      // Not base64url or not a number (NumberFormatException is an IllegalArgumentException).
    }
    throw ProblemException.invalidParameter(
        "since", "invalid-cursor", "The parameter 'since' must be a cursor this feed gave out.");
  }
}
