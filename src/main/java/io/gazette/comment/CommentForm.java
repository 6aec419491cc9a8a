package io.gazette.comment;

import io.gazette.web.FormStamps;
import java.util.Map;

/**
 * The comment form as a page shows it: what the reader typed, the stamp of when it was served, and
 * the localized messages of a refusal.
 *
 * @param name the name as typed
 * @param email the email as typed
 * @param body the comment as typed
 * @param parentId the comment answered, or empty for a new thread
 * @param stamp the form stamp ({@link FormStamps}), or its placeholder on a cached page
 * @param errors localized message by field name ({@code name}, {@code email}, {@code body}, {@code
 *     parentId})
 * @param problem localized message for the whole form, or null
 */
public record CommentForm(
    String name,
    String email,
    String body,
    String parentId,
    String stamp,
    Map<String, String> errors,
    String problem) {

  /** An empty form starting a new thread. */
  public static CommentForm blank(String stamp) {
    return new CommentForm("", "", "", "", stamp, Map.of(), null);
  }

  /** An empty form answering the comment {@code parentId}. */
  public static CommentForm replyTo(long parentId, String stamp) {
    return new CommentForm("", "", "", Long.toString(parentId), stamp, Map.of(), null);
  }

  /** Whether the form answers a comment rather than starting a thread. */
  public boolean isReply() {
    return !parentId.isEmpty();
  }

  /** The field's message, or null when the field is fine. */
  public String error(String field) {
    return errors.get(field);
  }

  /** The longest name accepted, in characters. */
  public int maxName() {
    return CommentRules.MAX_NAME;
  }

  /** The longest comment accepted, in characters. */
  public int maxBody() {
    return CommentRules.MAX_BODY;
  }
}
