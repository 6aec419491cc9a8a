package io.gazette.changefeed;

import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the change feed: a page of entries after a cursor, upserts with their article's JSON. */
@ApplicationScoped
public class ChangeReader {

  /**
   * Up to {@code limit} changes numbered after {@code since}, in order, of one language ({@code
   * lang} null: all); links start with {@code base}.
   */
  @Transactional
  public ChangesJson after(long since, String lang, int limit, String base) {
    List<ArticleChange> entries = ArticleChange.after(since, lang, limit);
    Map<Long, Article> published =
        published(entries.stream().filter(e -> !e.deleted).map(e -> e.articleId).toList());
    Map<Long, List<Article>> versions =
        versions(published.values().stream().map(a -> a.story.id).distinct().toList());
    List<ChangeJson> items = new ArrayList<>();
    for (ArticleChange entry : entries) {
      Article article = entry.deleted ? null : published.get(entry.articleId);
      items.add(
          article == null
              ? ChangeJson.delete(entry.articleId, entry.lang)
              : ChangeJson.upsert(
                  ArticleFeedJson.of(article, base, versions.get(article.story.id))));
    }
    long next = entries.isEmpty() ? since : entries.get(entries.size() - 1).seq;
    return new ChangesJson(items, ChangeCursor.encode(next));
  }

  private static Map<Long, Article> published(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Article> articles =
        Article.list(
            "select distinct a from Article a join fetch a.story s join fetch s.section"
                + " join fetch s.author left join fetch s.tags where a.id in ?1 and a.status = ?2",
            ids,
            ArticleStatus.PUBLISHED);
    return articles.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
  }

  private static Map<Long, List<Article>> versions(List<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return Map.of();
    }
    List<Article> articles =
        Article.list("story.id in ?1 and status = ?2", storyIds, ArticleStatus.PUBLISHED);
    return articles.stream().collect(Collectors.groupingBy(a -> a.story.id));
  }
}
