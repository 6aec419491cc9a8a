package io.gazette.comment;

import java.time.Duration;
import java.util.Map;

/** What became of a comment a reader or the app sent. */
public sealed interface CommentOutcome {

  /**
   * Stored. The sender is told "awaiting moderation" unless it was published at once; a comment
   * filed as spam is reported as awaiting moderation too, so that spammers learn nothing.
   *
   * @param id the stored comment
   * @param published whether readers see it already
   */
  record Accepted(long id, boolean published) implements CommentOutcome {}

  /**
   * Not stored: some fields are not acceptable.
   *
   * @param errors error code by field name ({@code name}, {@code email}, {@code body}, {@code
   *     parentId})
   */
  record Invalid(Map<String, String> errors) implements CommentOutcome {}

  /** Not stored: no published article with that id. */
  record NoArticle() implements CommentOutcome {}

  /** Not stored: the article's comments are closed. */
  record Closed() implements CommentOutcome {}

  /** Not stored: the same text was already sent here by the same person. */
  record Duplicate() implements CommentOutcome {}

  /**
   * Not stored: the address or the email sent too many comments lately.
   *
   * @param retryAfter how long until the next one is accepted
   */
  record Throttled(Duration retryAfter) implements CommentOutcome {

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }
}
