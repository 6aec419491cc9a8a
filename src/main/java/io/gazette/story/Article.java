package io.gazette.story;

import io.gazette.i18n.Folding;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One language version of a story, with its own slug, status and dates. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "story_id")
  public Story story;

  /** BCP 47 tag of the language this version is written in. */
  @Column(nullable = false, length = 35)
  public String lang;

  @Column(nullable = false, length = 300)
  public String title;

  @Column(nullable = false, length = 200)
  public String slug;

  @Column(length = 1000)
  public String standfirst;

  /** Body HTML, always stored after the allowlist sanitizer. */
  @Column(name = "body_html", nullable = false, length = 200000)
  public String bodyHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ArticleStatus status = ArticleStatus.DRAFT;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  /** When a SCHEDULED article goes live. */
  @Column(name = "scheduled_at")
  public Instant scheduledAt;

  /** The article this one was translated from; null for an original. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "source_article_id")
  public Article source;

  /** The number of the latest saved revision. */
  public int revision;

  /** The revision readers see; null while never published. */
  @Column(name = "published_revision")
  public Integer publishedRevision;

  /** For a translation: the source's revision it was last brought up to date with. */
  @Column(name = "source_revision")
  public Integer sourceRevision;

  @Version public int version;

  /** The title folded for the newsroom's accent- and case-insensitive search. */
  @Column(name = "search_key", length = 300)
  public String searchKey;

  @PrePersist
  @PreUpdate
  void foldTitle() {
    searchKey = Folding.fold(title);
  }

  /**
   * Whether this translation lags behind its source: the source's published text has changed since
   * the translation was made or last marked up to date.
   */
  public boolean isOutdated() {
    return source != null
        && source.publishedRevision != null
        && (sourceRevision == null || source.publishedRevision > sourceRevision);
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }

  /**
   * The published article at a language and slug, with its story, section, author and tags. (lang,
   * slug) is unique, so no row limit: with a collection fetch it would run in memory.
   */
  public static Optional<Article> findPublished(String lang, String slug) {
    return find(
            "from Article a join fetch a.story s join fetch s.section join fetch s.author"
                + " left join fetch s.tags"
                + " where a.lang = ?1 and a.slug = ?2 and a.status = ?3",
            lang,
            slug,
            ArticleStatus.PUBLISHED)
        .singleResultOptional();
  }

  /** The published versions of a story, in every language. */
  public static List<Article> listPublishedVersions(Story story) {
    return list("story = ?1 and status = ?2", story, ArticleStatus.PUBLISHED);
  }

  /**
   * The article, its row locked until the transaction ends: changes made from one version then run
   * one after the other, and all but the first see that the version moved on.
   */
  public static Optional<Article> findLocked(long id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public static boolean slugTaken(String lang, String slug) {
    return count("lang = ?1 and slug = ?2", lang, slug) > 0
        || SlugRedirect.count("lang = ?1 and slug = ?2", lang, slug) > 0;
  }
}
