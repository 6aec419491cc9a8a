package io.gazette.comment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The comment form's field errors, in a bundle of this folder because they take its enum, which the
 * reader bundle below cannot name; texts live in {@code messages/comment_<lang>.properties}.
 */
@MessageBundle(value = "comment", locale = "en")
public interface CommentMessages {

  /**
   * What is wrong with a field, Qute picking the key of the constant; {@code max} is the field's
   * limit and {@code length} the length typed, for the errors that say them.
   */
  @Message
  String fieldError(CommentFieldError error, int max, int length);
}
