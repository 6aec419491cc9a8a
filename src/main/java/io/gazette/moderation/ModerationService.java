package io.gazette.moderation;

import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.comment.Comment;
import io.gazette.comment.CommentRules;
import io.gazette.comment.CommentStatus;
import io.gazette.comment.CommentText;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The moderation queue: lists comments by status for staff, and approves, files as spam, trashes,
 * deletes, edits and answers them. Anything that changes what readers see clears the page cache.
 */
@ApplicationScoped
public class ModerationService {

  /** One page of the queue ({@code page} from 1). */
  public record QueuePage(List<QueueItem> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  private final PageCache pages;

  ModerationService(PageCache pages) {
    this.pages = pages;
  }

  @Transactional
  public QueuePage queue(QueueFilter filter, int page, int size) {
    List<QueueItem> items =
        ModerationQueries.page(filter, page, size).stream().map(QueueItem::of).toList();
    return new QueuePage(items, page, size, ModerationQueries.count(filter));
  }

  /** How many comments each tab holds under the filter's language, article and text. */
  @Transactional
  public Map<CommentStatus, Long> counts(QueueFilter filter) {
    return ModerationQueries.counts(filter);
  }

  @Transactional
  public Optional<QueueItem> find(long id) {
    return Comment.<Comment>findByIdOptional(id).map(QueueItem::of);
  }

  /** Moves comments to a status; returns how many exist (unknown ids are skipped). */
  @Transactional
  public int move(Collection<Long> ids, CommentStatus status, SignedIn member) {
    List<Comment> comments = Comment.listLocked(ids);
    boolean readersSeeChange = false;
    for (Comment comment : comments) {
      readersSeeChange |=
          comment.status == CommentStatus.APPROVED || status == CommentStatus.APPROVED;
      comment.status = status;
      comment.moderatedBy = member.username();
      comment.moderatedAt = Instant.now();
      AuditEntry.record(
          member.username(),
          "comment-" + status.name().toLowerCase(),
          comment.article.id,
          "comment " + comment.id);
    }
    if (readersSeeChange) {
      pages.invalidateAll();
    }
    return comments.size();
  }

  /** Deletes comments for good; their replies move up to the deleted comment's parent. */
  @Transactional
  public int delete(Collection<Long> ids, SignedIn member) {
    List<Comment> comments = Comment.listLocked(ids);
    for (Comment comment : comments) {
      Comment.update("parent = ?1 where parent = ?2", comment.parent, comment);
      AuditEntry.record(
          member.username(), "comment-delete", comment.article.id, "comment " + comment.id);
      comment.delete();
    }
    if (!comments.isEmpty()) {
      pages.invalidateAll();
    }
    return comments.size();
  }

  /**
   * Replaces a comment's text; the error code when the new text is not acceptable.
   *
   * @return empty when saved; {@code required}, {@code too-long} or {@code forbidden-characters}
   */
  @Transactional
  public Optional<String> edit(long id, String text, SignedIn member) {
    Comment comment = Comment.findById(id, LockModeType.PESSIMISTIC_WRITE);
    String body = CommentText.normalize(text);
    Optional<String> error = CommentRules.bodyError(body);
    if (comment == null || error.isPresent()) {
      return comment == null ? Optional.of("not-found") : error;
    }
    comment.body = body;
    AuditEntry.record(member.username(), "comment-edit", comment.article.id, "comment " + id);
    if (comment.status == CommentStatus.APPROVED) {
      pages.invalidateAll();
    }
    return Optional.empty();
  }

  /**
   * Answers a comment as the newsroom: the reply is published at once, and a pending comment
   * answered this way is approved with it.
   *
   * @return the reply's id, or the error code ({@code not-found} or the body's)
   */
  @Transactional
  public StaffReply reply(long parentId, String text, SignedIn member) {
    Comment parent = Comment.findById(parentId, LockModeType.PESSIMISTIC_WRITE);
    String body = CommentText.normalize(text);
    Optional<String> error =
        parent == null ? Optional.of("not-found") : CommentRules.bodyError(body);
    if (error.isPresent()) {
      return new StaffReply(null, error.get());
    }
    if (parent.status == CommentStatus.PENDING) {
      move(List.of(parent.id), CommentStatus.APPROVED, member);
    }
    Comment reply = new Comment();
    reply.article = parent.article;
    reply.parent = parent;
    reply.authorName = member.displayName() == null ? member.username() : member.displayName();
    reply.email = "";
    reply.body = body;
    reply.staff = true;
    reply.status = CommentStatus.APPROVED;
    reply.createdAt = Instant.now();
    reply.moderatedBy = member.username();
    reply.moderatedAt = reply.createdAt;
    reply.persist();
    AuditEntry.record(member.username(), "comment-reply", parent.article.id, "comment " + reply.id);
    pages.invalidateAll();
    return new StaffReply(reply.id, null);
  }

  /**
   * What a staff reply came to.
   *
   * @param id the reply, when it was stored
   * @param error why not, otherwise
   */
  public record StaffReply(Long id, String error) {}
}
