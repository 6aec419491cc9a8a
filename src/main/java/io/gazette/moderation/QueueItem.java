package io.gazette.moderation;

import io.gazette.comment.Comment;
import io.gazette.comment.CommentStatus;
import java.time.Instant;

/**
 * A comment as staff see it in the queue: with the email, the address and why it was held.
 *
 * @param id the comment
 * @param articleId the article it is on
 * @param articleTitle that article's headline
 * @param lang that article's language
 * @param articleSlug that article's slug
 * @param parentId the comment it replies to, or null
 * @param name the name as typed
 * @param email the email as typed
 * @param body plain text as typed
 * @param status where it stands
 * @param heldReason why a defence held it, or null
 * @param clientAddress where it was sent from
 * @param createdAt when it was sent
 * @param moderatedBy who last moderated it
 * @param moderatedAt when
 * @param staff whether the newsroom wrote it
 */
public record QueueItem(
    long id,
    long articleId,
    String articleTitle,
    String lang,
    String articleSlug,
    Long parentId,
    String name,
    String email,
    String body,
    CommentStatus status,
    String heldReason,
    String clientAddress,
    Instant createdAt,
    String moderatedBy,
    Instant moderatedAt,
    boolean staff) {

  static QueueItem of(Comment c) {
    return new QueueItem(
        c.id,
        c.article.id,
        c.article.title,
        c.article.lang,
        c.article.slug,
        c.parent == null ? null : c.parent.id,
        c.authorName,
        c.email,
        c.body,
        c.status,
        c.heldReason,
        c.clientAddress,
        c.createdAt,
        c.moderatedBy,
        c.moderatedAt,
        c.staff);
  }

  /** The reader path of the article it is on. */
  public String articlePath() {
    return "/" + lang + "/" + articleSlug;
  }
}
