package io.gazette.comment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An approved comment as the public API shows it: never the email, the address or the status.
 *
 * @param id the comment
 * @param parentId the comment it replies to, or null
 * @param name the name as the commenter typed it
 * @param body plain text as typed; the client escapes it when it shows it
 * @param createdAt when it was sent
 * @param staff whether the newsroom wrote it
 */
@Schema(name = "Comment", description = "An approved comment.")
public record CommentJson(
    @Schema(example = "318") long id,
    @Schema(
            description = "The comment it replies to; null for a comment on the article.",
            example = "312",
            nullable = true)
        Long parentId,
    @Schema(example = "Priya Ramdin") String name,
    @Schema(
            description = "Plain text, line breaks kept: escape it before showing it as HTML.",
            example = "Enfin ! Le quai nord en avait besoin.")
        String body,
    @Schema(example = "2024-05-07T09:41:00Z") Instant createdAt,
    @Schema(description = "Written by the newsroom.") boolean staff) {

  static CommentJson of(CommentView view) {
    return new CommentJson(
        view.id(), view.parentId(), view.authorName(), view.body(), view.createdAt(), view.staff());
  }
}
