package io.gazette.story;

import io.gazette.media.MediaImage;
import java.time.Instant;
import java.util.Map;

/**
 * A published article as shown in lists: headline, standfirst, date, section and, once resolved for
 * the list's language, its story's lead picture ({@code image}, null when there is none).
 */
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
    String sectionSlug,
    Long leadImageId,
    MediaImage image) {

  /** The card as a list query reads it, before its picture is resolved. */
  public ArticleCard(
      Long id,
      Long storyId,
      String lang,
      String title,
      String slug,
      String standfirst,
      Instant publishedAt,
      Long sectionId,
      String sectionName,
      String sectionSlug,
      Long leadImageId) {
    this(
        id,
        storyId,
        lang,
        title,
        slug,
        standfirst,
        publishedAt,
        sectionId,
        sectionName,
        sectionSlug,
        leadImageId,
        null);
  }

  /** The reader URL path of this article. */
  public String path() {
    return "/" + lang + "/" + slug;
  }

  /** This card with its picture among {@code images} (none when its picture is not there). */
  public ArticleCard withImage(Map<Long, MediaImage> images) {
    MediaImage found = leadImageId == null ? null : images.get(leadImageId);
    return new ArticleCard(
        id,
        storyId,
        lang,
        title,
        slug,
        standfirst,
        publishedAt,
        sectionId,
        sectionName,
        sectionSlug,
        leadImageId,
        found);
  }
}
