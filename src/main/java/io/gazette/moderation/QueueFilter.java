package io.gazette.moderation;

import io.gazette.comment.CommentStatus;

/**
 * Which comments the moderation queue shows.
 *
 * @param status the tab
 * @param lang only comments on articles in this language, or null for all
 * @param articleId only comments on this article, or null for all
 * @param query only comments whose name, email or text contains this, or null
 */
public record QueueFilter(CommentStatus status, String lang, Long articleId, String query) {

  /** The same filter on another tab. */
  public QueueFilter withStatus(CommentStatus other) {
    return new QueueFilter(other, lang, articleId, query);
  }
}
