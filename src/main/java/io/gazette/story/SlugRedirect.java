package io.gazette.story;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A slug an article used to have, kept so that old links answer with a 301 to the new one. */
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect extends PanacheEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  public Article article;

  @Column(nullable = false, length = 35)
  public String lang;

  @Column(nullable = false, length = 200)
  public String slug;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  /** The published article that an old slug now points to. */
  public static Optional<Article> findPublishedTarget(String lang, String slug) {
    return SlugRedirect.<SlugRedirect>find(
            "from SlugRedirect r join fetch r.article a"
                + " where r.lang = ?1 and r.slug = ?2 and a.status = ?3",
            lang,
            slug,
            ArticleStatus.PUBLISHED)
        .firstResultOptional()
        .map(redirect -> redirect.article);
  }
}
