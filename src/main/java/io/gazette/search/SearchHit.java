package io.gazette.search;

import java.time.Instant;

/**
 * One article found, as a result shows it.
 *
 * @param articleId the article's id
 * @param storyId its story's id
 * @param lang its language
 * @param slug its slug in that language
 * @param title its headline
 * @param titleHtml the headline, escaped, with the words found in {@code <mark>}
 * @param snippetHtml a passage of the text, escaped, with the words found in {@code <mark>}
 * @param publishedAt when it was published
 * @param sectionName its section's name in its language, or null
 * @param sectionSlug its section's slug in its language, or null
 * @param imageId its story's lead picture, or null
 * @param otherLanguage whether it is in another language than the one searched in
 */
public record SearchHit(
    long articleId,
    long storyId,
    String lang,
    String slug,
    String title,
    String titleHtml,
    String snippetHtml,
    Instant publishedAt,
    String sectionName,
    String sectionSlug,
    Long imageId,
    boolean otherLanguage) {

  /** The article's path on the reader site. */
  public String path() {
    return "/" + lang + "/" + slug;
  }
}
