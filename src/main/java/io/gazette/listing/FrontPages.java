package io.gazette.listing;

import io.gazette.article.ArticleItems;
import io.gazette.media.MediaImages;
import io.gazette.story.ArticleCard;
import io.gazette.story.ArticleCards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The front page of a language, for readers and for the app. */
@ApplicationScoped
public class FrontPages {

  static final int MUST_READ = 5;
  static final int LATEST = 8;
  static final int PER_SECTION = 3;
  static final int FRONT_PAGE_POOL = 60;

  private final MediaImages media;

  FrontPages(MediaImages media) {
    this.media = media;
  }

  /** The home page of a language: top story, latest news, must read, and each section's news. */
  @Transactional
  public FrontPage frontPage(String lang) {
    List<ArticleCard> recent = ArticleCards.latest(lang, 0, FRONT_PAGE_POOL);
    ArticleCard top = recent.isEmpty() ? null : recent.get(0);
    List<ArticleCard> latest = recent.stream().skip(1).limit(LATEST).toList();
    Map<Long, List<ArticleCard>> bySection = new LinkedHashMap<>();
    for (ArticleCard card : recent) {
      if (card.sectionSlug() != null) {
        var cards = bySection.computeIfAbsent(card.sectionId(), id -> new ArrayList<>());
        if (cards.size() < PER_SECTION) {
          cards.add(card);
        }
      }
    }
    List<FrontPage.SectionBlock> sections =
        bySection.values().stream()
            .map(
                cards ->
                    new FrontPage.SectionBlock(
                        cards.get(0).sectionName(),
                        "/" + lang + "/section/" + cards.get(0).sectionSlug(),
                        cards))
            .toList();
    var front = new FrontPage(top, latest, ArticleCards.mustRead(lang, 0, MUST_READ), sections);
    return front.withImages(media.in(ArticleCards.imageIds(front.cards()), lang));
  }

  /** The home page of {@code lang}: its cards completed in one statement. */
  @Transactional
  public HomeJson home(String lang, String base) {
    FrontPage front = frontPage(lang);
    return HomeJson.of(lang, front, ArticleItems.load(front.cards(), base));
  }
}
