package io.gazette.comment;

import java.time.Instant;

/** What readers see of an approved comment: never the email. */
public record CommentView(
    Long id, Long parentId, String authorName, String body, Instant createdAt) {}
