package io.gazette.changefeed;

import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes change feed entries, numbered from {@link ChangeCounter}; the caller's transaction holds
 * the counter's lock from here to its commit (see {@link ChangeFeed}).
 */
@ApplicationScoped
class ChangeWriter {

  private final Event<WentLive> wentLiveEvents;

  ChangeWriter(Event<WentLive> wentLiveEvents) {
    this.wentLiveEvents = wentLiveEvents;
  }

  /** Writes the entries of every version of these stories, after flushing every other change. */
  void writeStories(Collection<Long> storyIds) {
    Article.flush();
    if (!storyIds.isEmpty()) {
      write(Article.list("story.id in ?1", storyIds), true);
      // Hibernate's own flush at completion may already have run: write now what was added.
      Article.flush();
    }
  }

  /**
   * Writes the articles' entries: upserts for published ones, tombstones for those that readers saw
   * before and no longer do; nothing for an article readers never saw. With {@code announce},
   * articles that have just gone live are announced to apps and webhooks.
   */
  void write(List<Article> articles, boolean announce) {
    Map<Long, ArticleChange> known =
        ArticleChange.byArticle(articles.stream().map(a -> a.id).toList());
    List<Article> changed = readerVisible(articles, known);
    if (changed.isEmpty()) {
      return;
    }
    long seq = ChangeCounter.take(changed.size());
    List<Article> wentLive = new ArrayList<>();
    for (Article article : changed) {
      ArticleChange entry = known.get(article.id);
      if (article.isPublished() && (entry == null || entry.deleted)) {
        wentLive.add(article);
      }
      write(entry, article, seq++);
    }
    if (announce && !wentLive.isEmpty()) {
      wentLiveEvents.fire(new WentLive(wentLive));
    }
  }

  /** The articles readers see, or saw until now; by id, so that the numbering is stable. */
  private static List<Article> readerVisible(
      List<Article> articles, Map<Long, ArticleChange> known) {
    return articles.stream()
        .filter(a -> a.isPublished() || (known.containsKey(a.id) && !known.get(a.id).deleted))
        .sorted(Comparator.comparing(a -> a.id))
        .toList();
  }

  /** A tombstone for an article that no longer exists. */
  void writeGone(ArticleChange entry) {
    entry.seq = ChangeCounter.take(1);
    entry.deleted = true;
    entry.changedAt = Instant.now();
  }

  private static void write(ArticleChange entry, Article article, long seq) {
    ArticleChange row = entry;
    if (row == null) {
      row = new ArticleChange();
      row.articleId = article.id;
    }
    row.lang = article.lang;
    row.seq = seq;
    row.deleted = !article.isPublished();
    row.articleVersion = article.version;
    row.changedAt = Instant.now();
    if (entry == null) {
      row.persist();
    }
  }
}
