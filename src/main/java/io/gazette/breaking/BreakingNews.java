package io.gazette.breaking;

import io.gazette.story.Article;
import java.time.Instant;
import java.util.List;

/**
 * A published article of a breaking story, as it travels to the apps' streams; the link is a path,
 * made absolute with each listener's own base.
 *
 * @param id the article
 * @param storyId its story
 * @param lang its language
 * @param title its headline
 * @param path its reader page, {@code /{lang}/{slug}}
 * @param until until when the story is breaking
 */
public record BreakingNews(
    long id, long storyId, String lang, String title, String path, Instant until) {

  /** News announced together, once their transaction has committed. */
  public record Batch(List<BreakingNews> items) {}

  static BreakingNews of(Article article) {
    return new BreakingNews(
        article.id,
        article.story.id,
        article.lang,
        article.title,
        "/" + article.lang + "/" + article.slug,
        article.story.breakingUntil);
  }

  boolean isLive(Instant now) {
    return until != null && until.isAfter(now);
  }
}
