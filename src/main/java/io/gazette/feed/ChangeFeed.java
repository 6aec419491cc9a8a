package io.gazette.feed;

import io.gazette.article.Article;
import io.gazette.article.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Records every change readers can see in the change feed that apps sync from ({@code GET
 * /api/v1/changes}): each is called, inside the changing transaction, wherever the reader page
 * cache is invalidated.
 *
 * <p>The feed is compacted: one {@link ArticleChange} row per article, renumbered at each change,
 * an upsert while the article is published and a tombstone once it is not. Replaying it from the
 * start therefore gives each article's latest state once, and ends with exactly the published set.
 * A whole story is recorded at once, because its section, tags and published translations belong to
 * the JSON of every version.
 *
 * <p>Ordering across concurrent transactions: a client that has read up to number N must never
 * later miss a change numbered below N that committed after its read. A database sequence cannot
 * promise that (a transaction may take 10, another 11 and commit first). So numbers come from one
 * counter row locked with {@code SELECT ... FOR UPDATE} ({@link ChangeCounter}): the lock is held
 * until commit, so a second recording transaction waits for the first to end, and numbers become
 * visible in increasing order. It serializes only the end of content-changing transactions (the
 * record call comes last in them), which the newsroom's pace allows; a rollback gives its numbers
 * back. Numbers live in the database, so cursors survive restarts.
 */
@ApplicationScoped
public class ChangeFeed {

  private final Announcements announcements;

  ChangeFeed(Announcements announcements) {
    this.announcements = announcements;
  }

  /** Records the article's story: every language version, as readers now see it. */
  @Transactional
  public void record(Article article) {
    record(article.story);
  }

  /** Records every version of a story. */
  @Transactional
  public void record(Story story) {
    Article.flush();
    write(Article.list("story", story), true);
  }

  /** Records the articles of a section, after its name or slug changed in some language. */
  @Transactional
  public void recordSection(long sectionId) {
    Article.flush();
    write(Article.list("story.section.id", sectionId), true);
  }

  /** Records the articles of a tag, after its name or slug changed in some language. */
  @Transactional
  public void recordTag(long tagId) {
    Article.flush();
    write(
        Article.list("select a from Article a join a.story s join s.tags t where t.id = ?1", tagId),
        true);
  }

  /**
   * Writes the articles' entries: upserts for published ones, tombstones for those that readers saw
   * before and no longer do; nothing for an article readers never saw. With {@code announce},
   * articles that have just gone live are announced to apps and webhooks.
   */
  void write(List<Article> articles, boolean announce) {
    Map<Long, ArticleChange> known =
        ArticleChange.byArticle(articles.stream().map(a -> a.id).toList());
    List<Article> changed =
        articles.stream()
            .filter(a -> a.isPublished() || (known.containsKey(a.id) && !known.get(a.id).deleted))
            .sorted(Comparator.comparing(a -> a.id))
            .toList();
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
      announcements.wentLive(wentLive);
    }
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
