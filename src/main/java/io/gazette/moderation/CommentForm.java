package io.gazette.moderation;

/**
 * The edit or reply form of one comment.
 *
 * @param comment the comment edited or answered
 * @param time when it was sent, in the member's language
 * @param status its tab, in the member's language
 * @param back the query string of the queue the member came from
 * @param text what the textarea holds: the stored text, or what was typed
 * @param error why the text was refused, or null
 */
public record CommentForm(
    QueueItem comment, String time, String status, String back, String text, String error) {

  /** The same form holding another text and error. */
  public CommentForm with(String otherText, String otherError) {
    return new CommentForm(comment, time, status, back, otherText, otherError);
  }

  /** The queue the member came from. */
  public String queue() {
    return "/admin/comments" + back;
  }
}
