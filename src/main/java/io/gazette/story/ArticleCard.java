package io.gazette.story;

import java.time.Instant;

/** A published article as shown in lists: headline, standfirst, date and section. */
public record ArticleCard(
    Long id,
    Long storyId,
    String lang,
    String title,
    String slug,
    String standfirst,
    Instant publishedAt,
    Long sectionId,
    String sectionName,
    String sectionSlug) {

  /** The reader URL path of this article. */
  public String path() {
    return "/" + lang + "/" + slug;
  }
}
