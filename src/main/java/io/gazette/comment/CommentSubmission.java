package io.gazette.comment;

/**
 * A comment as a reader or the app sent it, before any check.
 *
 * @param articleId the language version commented on
 * @param parentId the approved comment it replies to, or null
 * @param name the name to show
 * @param email never shown to readers
 * @param body plain text
 */
public record CommentSubmission(
    long articleId, Long parentId, String name, String email, String body) {

  /** The same submission with its texts normalized as they will be stored. */
  public CommentSubmission normalized() {
    return new CommentSubmission(
        articleId,
        parentId,
        CommentText.normalize(name),
        CommentText.normalize(email),
        CommentText.normalize(body));
  }
}
