package io.gazette.comment;

/** Moderation state of a reader comment; only APPROVED is shown. */
public enum CommentStatus {
  PENDING,
  APPROVED,
  SPAM,
  TRASH
}
