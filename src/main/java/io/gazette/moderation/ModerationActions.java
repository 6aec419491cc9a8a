package io.gazette.moderation;

import io.gazette.admin.SignedIn;
import io.gazette.comment.CommentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The queue's buttons: approve, spam, trash and delete, on one comment or many. */
@ApplicationScoped
public class ModerationActions {

  /** Every action a button of the queue may send. */
  static final Set<String> ACTIONS = Set.of("approve", "spam", "trash", "delete");

  /** The most ids one bulk action takes: ten pages of the queue. */
  static final int MAX_BULK = 1_000;

  private final ModerationService moderation;

  ModerationActions(ModerationService moderation) {
    this.moderation = moderation;
  }

  /** Runs one of {@link #ACTIONS}; returns how many of the comments existed. */
  public int apply(String action, Collection<Long> ids, SignedIn member) {
    return switch (action) {
      case "approve" -> moderation.move(ids, CommentStatus.APPROVED, member);
      case "spam" -> moderation.move(ids, CommentStatus.SPAM, member);
      case "trash" -> moderation.move(ids, CommentStatus.TRASH, member);
      case "delete" -> moderation.delete(ids, member);
      default -> throw new IllegalArgumentException("unknown moderation action " + action);
    };
  }

  /** The action that moves a comment to this status; none leads back to pending. */
  static String verb(CommentStatus status) {
    return switch (status) {
      case APPROVED -> "approve";
      case SPAM -> "spam";
      case TRASH -> "trash";
      case PENDING -> "";
    };
  }

  /** The ticked ids as sent; anything that is not an id is left out. */
  static List<Long> ids(List<String> sent) {
    if (sent == null) {
      return List.of();
    }
    return sent.stream()
        .map(ModerationActions::id)
        .filter(Objects::nonNull)
        .distinct()
        .limit(MAX_BULK)
        .toList();
  }

  private static Long id(String sent) {
    try {
      long id = Long.parseLong(sent.strip());
      return id > 0 ? id : null;
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }
}
