package io.gazette.comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a comment that was taken.
 *
 * @param id the stored comment
 * @param status {@code pending} until a moderator approves it, {@code approved} when it is shown
 *     already
 */
@Schema(name = "CommentAccepted")
public record CommentAcceptedJson(
    @Schema(example = "318") long id,
    @Schema(
            enumeration = {"pending", "approved"},
            example = "pending")
        String status) {

  static CommentAcceptedJson of(CommentOutcome.Accepted accepted) {
    return new CommentAcceptedJson(accepted.id(), accepted.published() ? "approved" : "pending");
  }
}
