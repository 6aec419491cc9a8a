package io.gazette.listing;

import io.gazette.story.ArticleCard;
import java.util.List;

/**
 * What the home page of one language shows.
 *
 * @param top the top story, absent while nothing is published in the language
 * @param latest the latest news after the top story
 * @param mustRead stories flagged must-read
 * @param sections the newest headlines of each section
 */
public record FrontPage(
    ArticleCard top,
    List<ArticleCard> latest,
    List<ArticleCard> mustRead,
    List<SectionBlock> sections) {

  /** A section's newest headlines. */
  public record SectionBlock(String name, String path, List<ArticleCard> cards) {}
}
