package io.gazette.story;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The text of an article as one save left it; every save keeps one. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  public Article article;

  public int number;

  @Column(nullable = false, length = 300)
  public String title;

  @Column(nullable = false, length = 200)
  public String slug;

  @Column(length = 1000)
  public String standfirst;

  @Column(name = "body_html", nullable = false, length = 200000)
  public String bodyHtml;

  @Column(name = "saved_by", nullable = false, length = 64)
  public String savedBy;

  @Column(name = "saved_at", nullable = false)
  public Instant savedAt;

  /** A revision holding the article's current text under the article's current number. */
  public static ArticleRevision of(Article article, String savedBy) {
    var revision = new ArticleRevision();
    revision.article = article;
    revision.number = article.revision;
    revision.title = article.title;
    revision.slug = article.slug;
    revision.standfirst = article.standfirst;
    revision.bodyHtml = article.bodyHtml;
    revision.savedBy = savedBy;
    revision.savedAt = Instant.now();
    return revision;
  }

  public static List<ArticleRevision> listNewestFirst(long articleId) {
    return list("article.id = ?1 order by number desc", articleId);
  }

  public static Optional<ArticleRevision> findByNumber(long articleId, int number) {
    return find("article.id = ?1 and number = ?2", articleId, number).firstResultOptional();
  }
}
