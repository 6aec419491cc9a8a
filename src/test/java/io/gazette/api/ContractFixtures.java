package io.gazette.api;

import io.gazette.changefeed.ChangeFeed;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Changes to fixtures that the contract test needs, told to the change feed as the newsroom would.
 */
@ApplicationScoped
public class ContractFixtures {

  private final ChangeFeed feed;
  private final PageCache pages;

  ContractFixtures(ChangeFeed feed, PageCache pages) {
    this.feed = feed;
    this.pages = pages;
  }

  /** Takes the article's standfirst away, so that its answers carry none. */
  @Transactional
  public void dropStandfirst(long articleId) {
    Article article = Article.findById(articleId);
    article.standfirst = null;
    feed.record(article);
    pages.invalidateAll();
  }

  /** Withdraws the article from readers, leaving a tombstone in the change feed. */
  @Transactional
  public void unpublish(long articleId) {
    Article article = Article.findById(articleId);
    article.status = ArticleStatus.UNPUBLISHED;
    feed.record(article);
    pages.invalidateAll();
  }
}
