package io.gazette.listing;

import io.gazette.media.MediaImage;
import io.gazette.story.ArticleCard;
import io.gazette.story.ArticleCards;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /** Every card of the page, the top story's included. */
  public List<ArticleCard> cards() {
    List<ArticleCard> all = new ArrayList<>(latest);
    all.addAll(mustRead);
    sections.forEach(section -> all.addAll(section.cards()));
    if (top != null) {
      all.add(top);
    }
    return all;
  }

  /** The same page, each card with its picture among {@code images}. */
  FrontPage withImages(Map<Long, MediaImage> images) {
    if (images.isEmpty()) {
      return this;
    }
    return new FrontPage(
        top == null ? null : top.withImage(images),
        ArticleCards.withImages(latest, images),
        ArticleCards.withImages(mustRead, images),
        sections.stream()
            .map(
                s ->
                    new SectionBlock(
                        s.name(), s.path(), ArticleCards.withImages(s.cards(), images)))
            .toList());
  }

  /** A section's newest headlines. */
  public record SectionBlock(String name, String path, List<ArticleCard> cards) {}
}
