package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Statements;
import io.gazette.media.MediaFixtures;
import io.gazette.web.PageCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiImagesTest {

  @Inject ApiStories stories;
  @Inject MediaFixtures media;
  @Inject SessionFactory sessions;
  @Inject PageCache pages;

  private static JsonPath get(String path) {
    return given().when().get(path).then().statusCode(200).extract().jsonPath();
  }

  private Fixtures.Created pictured(String mark) {
    var created = stories.story(mark, published("fr", "Photo"), published("en", "Photo"));
    media.lead(created.storyId(), media.asset(1400, 700, MediaFixtures.bilingual(mark)));
    return created;
  }

  @Test
  void shouldGiveTheLeadImageInTheArticlesLanguageWithAbsoluteUrls() {
    String mark = Fixtures.mark();
    var created = pictured(mark);

    JsonPath fr = get("/api/v1/articles/" + created.in("fr").id);
    JsonPath en = get("/api/v1/articles/" + created.in("en").id);

    assertThat(fr.getString("image.url")).matches("https?://.+/media/[0-9a-f]{32}\\.jpg");
    assertThat(fr.getInt("image.width")).isEqualTo(960);
    assertThat(fr.getInt("image.height")).isEqualTo(480);
    assertThat(fr.getString("image.alt")).isEqualTo("Texte alternatif " + mark);
    assertThat(fr.getString("image.caption")).isEqualTo("Légende " + mark);
    assertThat(fr.getString("image.credit")).isEqualTo("Crédit " + mark);
    assertThat(en.getString("image.alt")).isEqualTo("Alt text " + mark);
    List<Map<String, Object>> renditions = fr.getList("image.renditions");
    assertThat(renditions)
        .extracting(r -> r.get("width"))
        .containsExactly(320, 640, 960, 1280, 1400);
    assertThat(renditions)
        .allSatisfy(r -> assertThat((String) r.get("url")).matches("https?://.+/media/.+\\.jpg"));
  }

  @Test
  void shouldLeaveTheImageOutWhenTheStoryHasNone() {
    String mark = Fixtures.mark();
    var created = stories.story(mark, published("fr", "Sans photo"));

    String body =
        given().when().get("/api/v1/articles/" + created.in("fr").id).then().extract().asString();
    String list =
        given()
            .when()
            .get("/api/v1/articles?lang=fr&tag=" + ApiStories.tagSlug(mark, "fr"))
            .then()
            .extract()
            .asString();

    assertThat(body).doesNotContain("\"image\"");
    assertThat(list).doesNotContain("\"image\"");
  }

  @Test
  void shouldGiveTheImagesOfAListInOneBatch() {
    String mark = Fixtures.mark();
    List<Fixtures.Created> created = List.of(pictured(mark), pictured(mark), pictured(mark));
    String path = "/api/v1/articles?lang=en&tag=" + ApiStories.tagSlug(mark, "en");

    long withImages = statements(path);
    assertThat(get(path).getList("items.image.alt", String.class))
        .containsOnly("Alt text " + mark)
        .hasSize(3);
    created.forEach(story -> media.lead(story.storyId(), null));
    long without = statements(path);

    assertThat(withImages - without).as("assets with their texts, renditions").isEqualTo(2);
  }

  @Test
  void shouldDocumentTheImageAsAnOptionalPropertyWithItsFields() {
    JsonPath document =
        given().queryParam("format", "json").when().get("/q/openapi").then().extract().jsonPath();
    String schemas = "components.schemas.";

    for (String schema : List.of("Article", "ArticleDetail")) {
      assertThat(document.getString(schemas + schema + ".properties.image.$ref"))
          .as(schema)
          .endsWith("/Image");
      assertThat(document.getList(schemas + schema + ".required", String.class))
          .as(schema)
          .doesNotContain("image");
    }
    assertThat(document.getList(schemas + "Image.required", String.class))
        .containsExactlyInAnyOrder(
            "url", "width", "height", "alt", "caption", "credit", "renditions");
    assertThat(document.getList(schemas + "ImageRendition.required", String.class))
        .containsExactlyInAnyOrder("url", "width", "height");
  }

  private long statements(String path) {
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
