package io.gazette.listing;

import static io.gazette.Fixtures.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.Statements;
import io.gazette.i18n.Slugs;
import io.gazette.media.MediaFixtures;
import io.gazette.web.PageCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CardImagesTest {

  @Inject Fixtures fixtures;
  @Inject MediaFixtures media;
  @Inject SessionFactory sessions;
  @Inject PageCache pages;

  /** Two pictured stories and one without under the tag "Cards mark"; answers the pictured. */
  private List<Long> taggedStories(String mark) {
    String tag = "Cards " + mark;
    List<Long> pictured = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      var story =
          fixtures.story(
              "World", List.of(tag), published("fr", "Vu " + i), published("en", "Seen"));
      media.lead(story.storyId(), media.asset(900, 600, MediaFixtures.bilingual(mark + i)));
      pictured.add(story.storyId());
    }
    fixtures.story("World", List.of(tag), published("fr", "Sans photo"), published("en", "Bare"));
    return pictured;
  }

  @Test
  void shouldShowLazyThumbnailsInTheListingsLanguageAndNoneWithoutAPicture() {
    String mark = Fixtures.mark();
    taggedStories(mark);

    Document fr = Html.page("/fr/tag/" + Slugs.of("Cards " + mark) + "-fr");

    var items = fr.select(".listing .listing-item");
    assertThat(items).hasSize(3);
    assertThat(items.select("img.card-image")).hasSize(2);
    for (Element img : items.select("img.card-image")) {
      assertThat(img.attr("alt")).startsWith("Texte alternatif " + mark);
      assertThat(img.attr("loading")).isEqualTo("lazy");
      assertThat(img.attr("srcset")).contains(" 320w, ").contains(" 900w");
      assertThat(img.attr("width")).isEqualTo("320");
      assertThat(img.attr("height")).isEqualTo("213");
    }
    assertThat(items.first().select("img")).as("the newest story, without a picture").isEmpty();
  }

  @Test
  void shouldResolveTheListingsPicturesInOneBatch() {
    String mark = Fixtures.mark();
    List<Long> stories = taggedStories(mark);
    String path = "/en/tag/" + Slugs.of("Cards " + mark);

    long withPictures = coldStatements(path);
    stories.forEach(story -> media.lead(story, null));
    long without = coldStatements(path);

    assertThat(withPictures - without)
        .as("assets with their texts, renditions")
        .isLessThanOrEqualTo(2);
  }

  private long coldStatements(String path) {
    return Statements.fewest(
        () -> {
          pages.invalidateAll();
          var statistics = sessions.getStatistics();
          statistics.clear();
          given().when().get(path).then().statusCode(200);
          return statistics.getPrepareStatementCount();
        });
  }
}
