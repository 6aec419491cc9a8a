package io.gazette.comment;

import java.time.Instant;

/**
 * What readers see of an approved comment: never the email.
 *
 * @param id the comment
 * @param parentId the comment it replies to, or null
 * @param authorName the name as the commenter typed it
 * @param body plain text as typed
 * @param createdAt when it was sent
 * @param staff whether the newsroom wrote it
 */
public record CommentView(
    Long id, Long parentId, String authorName, String body, Instant createdAt, boolean staff) {}
