package io.gazette.changefeed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The latest change of one article in the change feed: the feed is compacted, so an article has one
 * row whose number moves forward at each change. No foreign key: a tombstone outlives its article.
 */
@Entity
@Table(name = "article_change")
public class ArticleChange extends PanacheEntityBase {

  @Id
  @Column(name = "article_id")
  public Long articleId;

  @Column(nullable = false, length = 35)
  public String lang;

  /** The change's place in the feed; unique, and committed in increasing order. */
  @Column(nullable = false)
  public long seq;

  /** A tombstone: the article is no longer published (or no longer exists). */
  @Column(nullable = false)
  public boolean deleted;

  /** The article's version when recorded, so that a change made behind the feed's back shows. */
  @Column(name = "article_version", nullable = false)
  public int articleVersion;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  static Map<Long, ArticleChange> byArticle(Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    return ArticleChange.<ArticleChange>list("articleId in ?1", articleIds).stream()
        .collect(Collectors.toMap(change -> change.articleId, Function.identity()));
  }

  /**
   * The changes after {@code since}, in order, of one language or ({@code lang} null) all: what a
   * reader of the feed (the app, each node's search index) has not seen yet.
   */
  public static List<ArticleChange> after(long since, String lang, int limit) {
    var query =
        lang == null
            ? ArticleChange.<ArticleChange>find("seq > ?1 order by seq", since)
            : ArticleChange.<ArticleChange>find("seq > ?1 and lang = ?2 order by seq", since, lang);
    return query.page(Page.ofSize(limit)).list();
  }

  /** The number of the latest change, or 0 while the feed is empty. */
  public static long lastSeq() {
    Long last =
        getEntityManager()
            .createQuery("select max(c.seq) from ArticleChange c", Long.class)
            .getSingleResult();
    return last == null ? 0 : last;
  }
}
