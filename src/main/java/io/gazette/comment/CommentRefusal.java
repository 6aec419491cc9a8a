package io.gazette.comment;

import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.ReaderMessages;
import io.gazette.web.FormStamps;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why the comment form was refused, as the reader is told: the HTTP status, each field's message
 * and one for the whole form, in the page's language.
 *
 * @param status 400, 409 or 429
 * @param errors localized message by field name
 * @param problem localized message for the whole form
 * @param retryAfter seconds for a {@code Retry-After} header, or 0 for none
 */
public record CommentRefusal(
    int status, Map<String, String> errors, String problem, long retryAfter) {

  /**
   * Why the form is refused before its comment is even looked at: the honeypot was filled in, or
   * the form's stamp is not accepted.
   */
  public static Optional<CommentRefusal> unsent(
      boolean trapped, FormStamps.Check stamp, ReaderMessages messages) {
    if (trapped) {
      return Optional.of(form(400, messages.commentProblemTrap()));
    }
    return switch (stamp) {
      case ACCEPTED -> Optional.empty();
      case TOO_FAST -> Optional.of(form(400, messages.commentProblemTooFast()));
      case EXPIRED, INVALID -> Optional.of(form(400, messages.commentProblemStamp()));
    };
  }

  /** The form body could not be decoded at all. */
  public static CommentRefusal unreadable(ReaderMessages messages) {
    return form(400, messages.commentProblemUnreadable());
  }

  /** The comment service's refusal; {@code sent} is the submission it refused. */
  public static CommentRefusal of(
      CommentOutcome outcome, CommentSubmission sent, Language language) {
    ReaderMessages messages = Bundles.in(ReaderMessages.class, language);
    if (outcome instanceof CommentOutcome.Invalid invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      CommentSubmission typed = sent.normalized();
      invalid
          .errors()
          .forEach((field, code) -> errors.put(field, field(field, code, typed, language)));
      return new CommentRefusal(400, errors, messages.commentProblemFields(), 0);
    }
    if (outcome instanceof CommentOutcome.Throttled throttled) {
      long seconds = throttled.retryAfterSeconds();
      String problem = messages.commentProblemThrottled((seconds + 59) / 60);
      return new CommentRefusal(429, Map.of(), problem, seconds);
    }
    if (outcome instanceof CommentOutcome.Duplicate) {
      return form(409, messages.commentProblemDuplicate());
    }
    return form(409, messages.commentsClosed());
  }

  private static CommentRefusal form(int status, String problem) {
    return new CommentRefusal(status, Map.of(), problem, 0);
  }

  private static String field(
      String field, String code, CommentSubmission typed, Language language) {
    int length = CommentText.length(typed.body());
    return CommentFieldError.of(field, code)
        .map(
            error ->
                Bundles.in(CommentMessages.class, language).fieldError(error, error.max(), length))
        .orElseGet(() -> Bundles.in(ReaderMessages.class, language).commentProblemFields());
  }
}
