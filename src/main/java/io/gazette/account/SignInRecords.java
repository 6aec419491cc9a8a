package io.gazette.account;

import io.gazette.audit.AuditEntry;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Every sign-in, refused or not, written to the log and to the audit log with the client address.
 * What the client typed as a username is written encoded: line breaks and other control or
 * invisible characters as {@code \n}, {@code \r}, {@code \t}, {@code \}{@code uXXXX}, so that it
 * cannot forge a log line or hide in the audit page.
 */
final class SignInRecords {

  /** Why a sign-in was refused, as the log and the audit log say it. */
  enum Refusal {
    UNKNOWN_USERNAME,
    WRONG_PASSWORD,
    ACCOUNT_DISABLED;

    String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private static final Logger LOG = Logger.getLogger(SessionService.class);

  /** The audit log's actor column holds 64 characters. */
  private static final int ACTOR_MAX = 64;

  /** Of what was typed, at most this many characters are written. */
  private static final int TYPED_MAX = 100;

  private SignInRecords() {}

  static void signedIn(Account account, String address, SessionKind kind) {
    String where = where(address, kind);
    LOG.infof("Signed in '%s' %s", encoded(account.username), where);
    AuditEntry.record(encoded(account.username), "sign-in", null, where);
  }

  static void refused(String typed, Refusal why, String address, SessionKind kind) {
    String username = typed(typed);
    String where = where(address, kind);
    LOG.warnf("Sign-in refused for '%s' %s: %s", username, where, why.words());
    AuditEntry.record(actor(username), "sign-in-failed", null, where + ": " + why.words());
  }

  static void throttled(String typed, String address, SessionKind kind) {
    // Not audited: past the limits, a guessing robot would fill the audit log.
    LOG.debugf("Sign-in throttled for '%s' %s", typed(typed), where(address, kind));
  }

  static void crossOrigin(String claimed, String address) {
    LOG.warnf(
        "Cross-origin sign-in refused %s: sent from '%s'",
        where(address, SessionKind.BROWSER), encoded(cut(claimed, TYPED_MAX)));
  }

  /** The text with everything that could forge a line, or hide, written as an escape. */
  static String encoded(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                default -> {
                  if (plain(c)) {
                    out.appendCodePoint(c);
                  } else {
                    out.append(String.format("\\u%04X", c));
                  }
                }
              }
            });
    return out.toString();
  }

  private static boolean plain(int c) {
    int type = Character.getType(c);
    return !Character.isISOControl(c)
        && type != Character.FORMAT
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE;
  }

  private static String where(String address, SessionKind kind) {
    return "from "
        + encoded(address == null ? "unknown address" : address)
        + " ("
        + kind.name().toLowerCase(Locale.ROOT)
        + ")";
  }

  private static String typed(String typed) {
    return encoded(cut(typed == null ? "" : typed.strip(), TYPED_MAX));
  }

  private static String actor(String username) {
    return username.isEmpty() ? "-" : cut(username, ACTOR_MAX);
  }

  /** At most {@code max} UTF-16 units, ending with an ellipsis when cut, never in a pair. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
