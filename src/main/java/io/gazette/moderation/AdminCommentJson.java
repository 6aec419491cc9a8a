package io.gazette.moderation;

import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as the moderation API shows it to staff: with the email and the client address. */
@Schema(name = "AdminComment")
public record AdminCommentJson(
    @Schema(example = "318") long id,
    @Schema(example = "42") long articleId,
    @Schema(example = "fr") String lang,
    @Schema(example = "Le port de Port-Louis se modernise") String articleTitle,
    @Schema(description = "The comment it replies to.", example = "312", nullable = true)
        Long parentId,
    @Schema(example = "Priya Ramdin") String name,
    @Schema(example = "priya@example.mu") String email,
    @Schema(description = "Plain text as typed.", example = "Enfin ! Le quai nord en avait besoin.")
        String body,
    @Schema(
            enumeration = {"pending", "approved", "spam", "trash"},
            example = "pending")
        String status,
    @Schema(
            description = "Why a defence held it or filed it as spam.",
            example = "links: 3",
            nullable = true)
        String heldReason,
    @Schema(example = "203.0.113.7", nullable = true) String clientAddress,
    @Schema(example = "2024-05-07T09:41:00Z") Instant createdAt,
    @Schema(description = "Username of who last moderated it.", example = "mlaval", nullable = true)
        String moderatedBy,
    @Schema(nullable = true) Instant moderatedAt,
    @Schema(description = "Written by the newsroom.") boolean staff) {

  static AdminCommentJson of(QueueItem item) {
    return new AdminCommentJson(
        item.id(),
        item.articleId(),
        item.lang(),
        item.articleTitle(),
        item.parentId(),
        item.name(),
        item.email(),
        item.body(),
        item.status().name().toLowerCase(Locale.ROOT),
        item.heldReason(),
        item.clientAddress(),
        item.createdAt(),
        item.moderatedBy(),
        item.moderatedAt(),
        item.staff());
  }
}
