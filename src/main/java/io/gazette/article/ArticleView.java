package io.gazette.article;

import io.gazette.story.Article;
import io.gazette.story.Story;
import java.time.Instant;
import java.util.List;

/** A published article as the reader's page shows it. */
public record ArticleView(
    long id,
    long storyId,
    String lang,
    String title,
    String slug,
    String standfirst,
    String bodyHtml,
    Instant publishedAt,
    Instant updatedAt,
    String authorName,
    String authorSlug,
    String sectionName,
    String sectionSlug,
    List<TagLink> tags,
    boolean commentsOpen) {

  /**
   * The view of a managed article, tags sorted by id, shown with {@code publishedAt} (a draft's
   * preview passes the date it would get).
   */
  public static ArticleView of(Article article, Instant publishedAt) {
    Story story = article.story;
    String lang = article.lang;
    var section = story.section.label(lang);
    List<TagLink> tags =
        story.tags.stream()
            .sorted(java.util.Comparator.comparing(tag -> tag.id))
            .flatMap(tag -> tag.label(lang).stream())
            .map(label -> new TagLink(label.name, label.slug))
            .toList();
    return new ArticleView(
        article.id,
        story.id,
        lang,
        article.title,
        article.slug,
        article.standfirst,
        article.bodyHtml,
        publishedAt,
        article.updatedAt,
        story.author.name,
        story.author.slug,
        section.map(label -> label.name).orElse(null),
        section.map(label -> label.slug).orElse(null),
        tags,
        story.commentsOpen);
  }

  /** A tag of the article, named in its language. */
  public record TagLink(String name, String slug) {}

  /** Whether the article was edited noticeably after it was published. */
  public boolean wasUpdated() {
    return publishedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
  }

  /** Reading time at 200 words a minute, at least one minute. */
  public int readingMinutes() {
    String text = bodyHtml.replaceAll("<[^>]+>", " ").trim();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    return Math.max(1, Math.round(words / 200f));
  }
}
