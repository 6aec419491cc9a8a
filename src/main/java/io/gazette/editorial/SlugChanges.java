package io.gazette.editorial;

import io.gazette.changefeed.ChangeFeed;
import io.gazette.i18n.Slugs;
import io.gazette.story.Article;
import io.gazette.story.SlugRedirect;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Renames an article's slug, keeping the old one as a redirect. */
@ApplicationScoped
public class SlugChanges {

  private final PageCache pages;
  private final ChangeFeed changes;

  SlugChanges(PageCache pages, ChangeFeed changes) {
    this.pages = pages;
    this.changes = changes;
  }

  /**
   * Gives an article a new slug derived from {@code wanted}; the old one keeps answering with a
   * redirect. Returns the slug actually used.
   */
  @Transactional
  public String change(long articleId, String wanted) {
    Article article = Article.findById(articleId);
    String slug = Slugs.of(wanted);
    if (slug.isEmpty() || slug.equals(article.slug)) {
      return article.slug;
    }
    // Taking back one of the article's own old slugs just retires that redirect.
    if (SlugRedirect.delete("article = ?1 and slug = ?2", article, slug) == 0) {
      slug = Slugs.unique(wanted, candidate -> Article.slugTaken(article.lang, candidate));
    }
    SlugRedirect redirect = new SlugRedirect();
    redirect.article = article;
    redirect.lang = article.lang;
    redirect.slug = article.slug;
    redirect.persist();
    article.slug = slug;
    pages.invalidateAll();
    changes.record(article);
    return slug;
  }
}
