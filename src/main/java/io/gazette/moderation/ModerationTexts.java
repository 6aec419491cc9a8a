package io.gazette.moderation;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.gazette.comment.CommentRules;
import java.util.Locale;

/** The moderation screens' sentences composed in Java: notices, counts, refusals and errors. */
final class ModerationTexts {

  private ModerationTexts() {}

  /** What follows the kind in a stored reason: the matched term, the number of links. */
  static String heldDetail(String reason) {
    return reason.contains(":") ? reason.substring(reason.indexOf(':') + 1).strip() : reason;
  }

  /** The notice after an action on {@code count} comments, or null for none. */
  static String notice(ModerationMessages m, Locale locale, String done, String n) {
    long count = count(n);
    boolean one = isOne(locale, count);
    return switch (done == null ? "" : done) {
      case "approve" -> one ? m.approvedOne(count) : m.approvedOther(count);
      case "spam" -> one ? m.spamOne(count) : m.spamOther(count);
      case "trash" -> one ? m.trashedOne(count) : m.trashedOther(count);
      case "delete" -> one ? m.deletedOne(count) : m.deletedOther(count);
      case "none" -> m.nothingSelected();
      case "edit" -> m.edited();
      case "reply" -> m.replied();
      default -> null;
    };
  }

  /** How many comments a tab or search holds, as a sentence. */
  static String found(ModerationMessages m, Locale locale, long count) {
    return isOne(locale, count) ? m.foundOne(count) : m.foundOther(count);
  }

  /** Why a queue address was refused, by the name of its bad value. */
  static String refusal(ModerationMessages m, String field) {
    return switch (field) {
      case "status" -> m.badStatus();
      case "lang" -> m.badLanguage();
      case "article" -> m.badArticle();
      case "page" -> m.badPage();
      case "q" -> m.badQuery(QueueQuery.MAX_QUERY);
      default -> m.badAction();
    };
  }

  /** The sentence for an error code of a staff text (edit or reply). */
  static String bodyError(ModerationMessages m, String code) {
    return switch (code) {
      case "required" -> m.errorBodyRequired();
      case "too-long" -> m.errorBodyTooLong(CommentRules.MAX_BODY);
      default -> m.errorBodyForbidden();
    };
  }

  private static long count(String n) {
    try {
      return n == null ? 0 : Math.max(0, Long.parseLong(n.strip()));
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  /** Whether the language uses its singular form for this number (French: 0 and 1). */
  private static boolean isOne(Locale locale, long count) {
    return PluralRules.KEYWORD_ONE.equals(
        PluralRules.forLocale(ULocale.forLocale(locale)).select(count));
  }
}
