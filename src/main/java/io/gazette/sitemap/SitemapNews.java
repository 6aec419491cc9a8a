package io.gazette.sitemap;

import io.gazette.story.ArticleStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The articles of a language that Google News may list: published in the last two days. */
@ApplicationScoped
public class SitemapNews {

  /** Google News takes articles of the last two days, and at most 1,000 in a sitemap. */
  static final Duration WINDOW = Duration.ofDays(2);

  static final int MAX_URLS = 1_000;

  /** The newest published articles of the language since two days ago, newest first. */
  @Transactional
  public List<NewsUrl> in(String lang) {
    return Panache.getEntityManager()
        .createQuery(
            "select a.slug, a.title, a.publishedAt from Article a where a.lang = :lang"
                + " and a.status = :published and a.publishedAt >= :since"
                + " order by a.publishedAt desc, a.id desc",
            Object[].class)
        .setParameter("lang", lang)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .setParameter("since", Instant.now().minus(WINDOW))
        .setMaxResults(MAX_URLS)
        .getResultStream()
        .map(row -> new NewsUrl("/" + lang + "/" + row[0], (String) row[1], (Instant) row[2]))
        .toList();
  }
}
