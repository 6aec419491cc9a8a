package io.gazette.listing;

import io.gazette.article.ArticleItems;
import io.gazette.article.ArticleJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The home page of one language as data: what {@code /{lang}/} shows.
 *
 * @param lang the language
 * @param top the top story, null while nothing is published in the language
 * @param latest the latest news after the top story
 * @param mustRead the newest must-read stories
 * @param sections each section's newest articles, sections with news first
 */
@Schema(name = "Home", description = "The home page of a language: top story, news, must read.")
public record HomeJson(
    @Schema(required = true, example = "fr") String lang,
    @Schema(required = true, nullable = true) ArticleJson top,
    @Schema(required = true) List<ArticleJson> latest,
    @Schema(required = true) List<ArticleJson> mustRead,
    @Schema(required = true) List<Section> sections) {

  /**
   * A section's newest articles.
   *
   * @param name the section's name in the language
   * @param slug its slug, for {@code /api/v1/articles?section=}
   * @param items its newest articles
   */
  @Schema(name = "HomeSection")
  public record Section(
      @Schema(required = true, example = "Monde") String name,
      @Schema(required = true, example = "monde") String slug,
      @Schema(required = true) List<ArticleJson> items) {}

  /** The newest date of every article on the page, or null when it is empty. */
  public static Instant newest(HomeJson home) {
    List<ArticleJson> all = new ArrayList<>(home.latest());
    all.addAll(home.mustRead());
    home.sections().forEach(section -> all.addAll(section.items()));
    if (home.top() != null) {
      all.add(home.top());
    }
    return ArticleJson.newest(all);
  }

  /** The home of {@code lang} from the front page, every card completed by {@code items}. */
  static HomeJson of(String lang, FrontPage front, ArticleItems items) {
    List<Section> sections =
        front.sections().stream()
            .map(
                block ->
                    new Section(
                        block.name(), block.cards().get(0).sectionSlug(), items.of(block.cards())))
            .toList();
    return new HomeJson(
        lang,
        items.of(front.top()),
        items.of(front.latest()),
        items.of(front.mustRead()),
        sections);
  }
}
