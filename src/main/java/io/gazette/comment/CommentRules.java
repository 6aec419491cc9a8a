package io.gazette.comment;

import io.gazette.i18n.Names;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The limits of SPEC §3 on what a reader types: each field's error as a stable code ({@code
 * required}, {@code too-long}, {@code invalid}, {@code forbidden-characters}, {@code
 * invisible-characters}). The name and the email are shown to others as they are, so they may not
 * hold bidi controls or invisible characters ({@link Names}); the body may, since right-to-left
 * text needs them, and is shown isolated instead.
 */
public final class CommentRules {

  public static final int MAX_NAME = 100;
  public static final int MAX_EMAIL = 254;
  public static final int MAX_BODY = 5_000;

  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

  private CommentRules() {}

  /** The errors of a normalized submission by field name; empty when it is acceptable. */
  public static Map<String, String> errors(CommentSubmission comment) {
    Map<String, String> errors = new LinkedHashMap<>();
    text(comment.name(), MAX_NAME, false)
        .or(() -> Names.hasHiddenCharacters(comment.name()) ? invisible() : none())
        .ifPresent(code -> errors.put("name", code));
    text(comment.email(), MAX_EMAIL, false)
        .or(() -> EMAIL.matcher(comment.email()).matches() ? none() : invalid())
        .or(() -> Names.hasHiddenCharacters(comment.email()) ? invalid() : none())
        .ifPresent(code -> errors.put("email", code));
    text(comment.body(), MAX_BODY, true).ifPresent(code -> errors.put("body", code));
    return errors;
  }

  /** A staff text (reply or edit): the body's limits only. */
  public static Optional<String> bodyError(String body) {
    return text(body, MAX_BODY, true);
  }

  private static Optional<String> text(String value, int max, boolean multiline) {
    if (value.isEmpty()) {
      return Optional.of("required");
    }
    if (CommentText.hasForbiddenCharacters(value, multiline)) {
      return Optional.of("forbidden-characters");
    }
    return CommentText.length(value) > max ? Optional.of("too-long") : Optional.empty();
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  private static Optional<String> invalid() {
    return Optional.of("invalid");
  }

  private static Optional<String> invisible() {
    return Optional.of("invisible-characters");
  }
}
