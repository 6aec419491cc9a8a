package io.gazette.sitemap;

import io.gazette.story.Article;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Moves an article's publication to now: fixtures publish in 2023, older than any news. */
@ApplicationScoped
public class NewsFixtures {

  private final PageCache pages;

  NewsFixtures(PageCache pages) {
    this.pages = pages;
  }

  @Transactional
  public void publishedNow(long articleId) {
    Article.<Article>findById(articleId).publishedAt = Instant.now();
    pages.invalidateAll();
  }
}
