package io.gazette.comment;

import io.gazette.article.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
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

  /** Approved comments of an article, oldest first, as the reader sees them. */
  public static List<CommentView> listApprovedViews(long articleId) {
    return getEntityManager()
        .createQuery(
            "select new io.gazette.comment.CommentView(c.id, c.parent.id, c.authorName, c.body,"
                + " c.createdAt) from Comment c where c.article.id = ?1 and c.status = ?2"
                + " order by c.createdAt, c.id",
            CommentView.class)
        .setParameter(1, articleId)
        .setParameter(2, CommentStatus.APPROVED)
        .getResultList();
  }
}
