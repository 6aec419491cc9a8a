package io.gazette.comment;

import io.gazette.story.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A reader's comment on one language version of a story; plain text, shown once approved. */
@Entity
@Table(name = "comment")
public class Comment extends PanacheEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  public Article article;

  /** The comment this one replies to, if any. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  public Comment parent;

  @Column(name = "author_name", nullable = false, length = 100)
  public String authorName;

  /** Never shown to anyone but staff. */
  @Column(nullable = false, length = 254)
  public String email;

  /** Plain text as typed; escaped and linkified when shown. */
  @Column(nullable = false, length = 20000)
  public String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public CommentStatus status = CommentStatus.PENDING;

  @Column(name = "held_reason", length = 200)
  public String heldReason;

  @Column(name = "client_address", length = 64)
  public String clientAddress;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "moderated_by", length = 64)
  public String moderatedBy;

  @Column(name = "moderated_at")
  public Instant moderatedAt;

  /** Identifies the text whatever its spacing or case, to find the same comment sent twice. */
  @Column(name = "body_fingerprint", length = 64)
  public String bodyFingerprint;

  /** Written by a newsroom member from the moderation queue, not by a reader. */
  @Column(nullable = false)
  public boolean staff;

  @PrePersist
  @PreUpdate
  void fingerprint() {
    bodyFingerprint = CommentText.fingerprint(body);
  }

  /** Whether the same text was already sent to this article from this email or address. */
  public static boolean isRepeated(long articleId, String text, String email, String address) {
    return count(
            "article.id = ?1 and bodyFingerprint = ?2 and status <> ?3"
                + " and (lower(email) = ?4 or clientAddress = ?5)",
            articleId,
            CommentText.fingerprint(text),
            CommentStatus.TRASH,
            email.toLowerCase(java.util.Locale.ROOT),
            address)
        > 0;
  }

  /**
   * The comments with these ids, their rows locked until the transaction ends, in id order so that
   * two bulk actions cannot deadlock: an approve and a delete of one comment at once run one after
   * the other, and the second finds the comment as the first left it (or gone).
   */
  public static List<Comment> listLocked(Collection<Long> ids) {
    return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
  }

  /** Whether a reader with this email already has an approved comment. */
  public static boolean hasApproved(String email) {
    return count(
            "lower(email) = ?1 and status = ?2 and staff = false",
            email.toLowerCase(java.util.Locale.ROOT),
            CommentStatus.APPROVED)
        > 0;
  }

  /** An approved comment of this article, the only kind a reader may reply to. */
  public static java.util.Optional<Comment> findApprovedOf(long articleId, long commentId) {
    return find(
            "id = ?1 and article.id = ?2 and status = ?3",
            commentId,
            articleId,
            CommentStatus.APPROVED)
        .firstResultOptional();
  }

  /** Approved comments of an article, oldest first, as the reader sees them. */
  public static List<CommentView> listApprovedViews(long articleId) {
    return getEntityManager()
        .createQuery(
            "select new io.gazette.comment.CommentView(c.id, c.parent.id, c.authorName, c.body,"
                + " c.createdAt, c.staff) from Comment c where c.article.id = ?1 and c.status = ?2"
                + " order by c.createdAt, c.id",
            CommentView.class)
        .setParameter(1, articleId)
        .setParameter(2, CommentStatus.APPROVED)
        .getResultList();
  }
}
