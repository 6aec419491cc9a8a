package io.gazette.comment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the comment service refused a field, by the field and the code it answers ("name" and
 * "too-long" is NAME_TOO_LONG), so that the reader's message takes the constant.
 */
public enum CommentFieldError {
  NAME_REQUIRED("name", "required", CommentRules.MAX_NAME),
  NAME_TOO_LONG("name", "too-long", CommentRules.MAX_NAME),
  NAME_FORBIDDEN("name", "forbidden-characters", CommentRules.MAX_NAME),
  NAME_INVISIBLE("name", "invisible-characters", CommentRules.MAX_NAME),
  EMAIL_REQUIRED("email", "required", CommentRules.MAX_EMAIL),
  EMAIL_TOO_LONG("email", "too-long", CommentRules.MAX_EMAIL),
  EMAIL_INVALID("email", "invalid", CommentRules.MAX_EMAIL),
  EMAIL_FORBIDDEN("email", "forbidden-characters", CommentRules.MAX_EMAIL),
  BODY_REQUIRED("body", "required", CommentRules.MAX_BODY),
  BODY_TOO_LONG("body", "too-long", CommentRules.MAX_BODY),
  BODY_FORBIDDEN("body", "forbidden-characters", CommentRules.MAX_BODY),
  PARENT_INVALID("parentId", "invalid", 0);

  private final String field;
  private final String code;
  private final int max;

  CommentFieldError(String field, String code, int max) {
    this.field = field;
    this.code = code;
    this.max = max;
  }

  /** The field's limit, which the too-long messages say. */
  public int max() {
    return max;
  }

  /** The error the service named for a field, if this version knows it. */
  public static Optional<CommentFieldError> of(String field, String code) {
    return Arrays.stream(values())
        .filter(error -> error.field.equals(field) && error.code.equals(code))
        .findFirst();
  }
}
