package io.gazette.sitemap;

import io.gazette.story.ArticleStatus;
import io.gazette.web.Layout;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published articles of a language for its sitemap files, read a batch at a time in id order
 * (keyset, so a batch far into the list costs as little as the first), each with its published
 * translations: two statements a batch, projections only, nothing kept between batches.
 */
@ApplicationScoped
public class SitemapArticles {

  private final Layout layout;

  SitemapArticles(Layout layout) {
    this.layout = layout;
  }

  /** How many published articles each language has. */
  @Transactional
  public Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>();
    Panache.getEntityManager()
        .createQuery(
            "select a.lang, count(a) from Article a where a.status = :published group by a.lang",
            Object[].class)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /** The id after which the {@code offset}-th article of the language comes (0 for the first). */
  @Transactional
  public long idBefore(String lang, long offset) {
    if (offset == 0) {
      return 0;
    }
    return Panache.getEntityManager()
        .createQuery(
            "select a.id from Article a where a.lang = :lang and a.status = :published"
                + " order by a.id",
            Long.class)
        .setParameter("lang", lang)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .setFirstResult((int) offset - 1)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(Long.MAX_VALUE);
  }

  /**
   * Up to {@code size} published articles of the language after id {@code afterId}, in id order,
   * each with its hreflang versions.
   */
  @Transactional
  public List<Entry> batch(String lang, long afterId, int size) {
    List<Object[]> rows =
        Panache.getEntityManager()
            .createQuery(
                "select a.id, a.story.id, a.slug, a.updatedAt, a.publishedAt from Article a"
                    + " where a.lang = :lang and a.status = :published and a.id > :after"
                    + " order by a.id",
                Object[].class)
            .setParameter("lang", lang)
            .setParameter("published", ArticleStatus.PUBLISHED)
            .setParameter("after", afterId)
            .setMaxResults(size)
            .getResultList();
    Map<Long, Map<String, String>> versions =
        versions(rows.stream().map(r -> (Long) r[1]).distinct().toList());
    return rows.stream().map(row -> entry(lang, row, versions.get((Long) row[1]))).toList();
  }

  /**
   * An article of a sitemap file and its id, to read the next batch from.
   *
   * @param id the article's id
   * @param url the article as listed
   */
  public record Entry(long id, SitemapUrl url) {}

  private Entry entry(String lang, Object[] row, Map<String, String> paths) {
    String path = "/" + lang + "/" + row[2];
    Instant updated = (Instant) row[3];
    Instant published = (Instant) row[4];
    Instant lastmod = published == null || updated.isAfter(published) ? updated : published;
    return new Entry((Long) row[0], new SitemapUrl(path, lastmod, layout.hreflangs(paths, lang)));
  }

  /** The paths of the published versions of these stories, by story and language. */
  private static Map<Long, Map<String, String>> versions(List<Long> storyIds) {
    Map<Long, Map<String, String>> versions = new HashMap<>();
    if (storyIds.isEmpty()) {
      return versions;
    }
    Panache.getEntityManager()
        .createQuery(
            "select a.story.id, a.lang, a.slug from Article a"
                + " where a.story.id in :stories and a.status = :published",
            Object[].class)
        .setParameter("stories", storyIds)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getResultList()
        .forEach(
            row ->
                versions
                    .computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                    .put((String) row[1], "/" + row[1] + "/" + row[2]));
    return versions;
  }
}
