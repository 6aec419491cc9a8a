package io.gazette.editorial;

import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.story.Story;
import java.time.Instant;
import java.util.List;

/** An article as the newsroom sees it, detached from the persistence context. */
public record ArticleSnapshot(
    long id,
    long storyId,
    String lang,
    String title,
    String slug,
    String standfirst,
    String bodyHtml,
    ArticleStatus status,
    int version,
    int revision,
    Instant publishedAt,
    Instant scheduledAt,
    Instant updatedAt,
    Long sourceId,
    boolean outdated,
    Long sectionId,
    List<String> tags,
    boolean mustRead,
    boolean commentsOpen,
    String authorName) {

  /** A snapshot of a managed article, taken inside a transaction. */
  public static ArticleSnapshot of(Article article) {
    Story story = article.story;
    List<String> tags =
        story.tags.stream()
            .map(tag -> tag.label(article.lang).map(label -> label.name).orElse(null))
            .filter(name -> name != null)
            .sorted()
            .toList();
    return new ArticleSnapshot(
        article.id,
        story.id,
        article.lang,
        article.title,
        article.slug,
        article.standfirst,
        article.bodyHtml,
        article.status,
        article.version,
        article.revision,
        article.publishedAt,
        article.scheduledAt,
        article.updatedAt,
        article.source == null ? null : article.source.id,
        article.isOutdated(),
        story.section.id,
        tags,
        story.mustRead,
        story.commentsOpen,
        story.author.name);
  }
}
