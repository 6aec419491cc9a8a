package io.gazette.listing;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.article.ApiStories;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A tag or author known only from unpublished stories answers exactly as an unknown one, on pages
 * and in the API: guessing a slug must not confirm what a draft is about or who wrote it.
 */
@QuarkusTest
class UnpublishedTaxonomyTest {

  @Inject ApiStories stories;
  @Inject Fixtures fixtures;

  private static void sameAsUnknown(String known, String unknown) {
    Response a = given().when().get(known);
    Response b = given().when().get(unknown);
    assertThat(a.statusCode()).as(known).isEqualTo(404).isEqualTo(b.statusCode());
    assertThat(Html.parse(a).selectFirst("h1").text())
        .isEqualTo(Html.parse(b).selectFirst("h1").text());
  }

  @Test
  void shouldAnswerATagOfDraftsOnlyAsAnUnknownTag() {
    String mark = Fixtures.mark();
    stories.story(
        mark,
        withStatus("fr", "Projet secret", ArticleStatus.DRAFT),
        published("en", "Public story"));
    String fr = ApiStories.tagSlug(mark, "fr");
    sameAsUnknown("/fr/tag/" + fr, "/fr/tag/" + fr + "-nope");
    given().when().get("/en/tag/" + ApiStories.tagSlug(mark, "en")).then().statusCode(200);
    assertThat(Html.page("/en/tag/" + ApiStories.tagSlug(mark, "en")).select("link[hreflang=fr]"))
        .isEmpty();

    for (String slug : new String[] {fr, fr + "-nope"}) {
      given()
          .when()
          .get("/api/v1/articles?lang=fr&tag=" + slug)
          .then()
          .statusCode(400)
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("tag"));
    }
    given()
        .when()
        .get("/api/v1/articles?lang=en&tag=" + ApiStories.tagSlug(mark, "en"))
        .then()
        .statusCode(200);
  }

  @Test
  void shouldAnswerAnAuthorOfDraftsOnlyAsAnUnknownAuthor() {
    var created =
        stories.story(
            Fixtures.mark(),
            withStatus("fr", "Brouillon", ArticleStatus.REVIEW),
            withStatus("en", "Draft", ArticleStatus.SCHEDULED));
    String author = fixtures.ownAuthor(created.storyId());
    sameAsUnknown("/fr/author/" + author, "/fr/author/" + author + "-nope");
    sameAsUnknown("/en/author/" + author, "/en/author/" + author + "-nope");
    given().when().get("/api/v1/articles?lang=fr&author=" + author).then().statusCode(400);
    fixtures.setStatus(created.in("fr").id, ArticleStatus.PUBLISHED);
    given().when().get("/fr/author/" + author).then().statusCode(200);
    given().when().get("/api/v1/articles?lang=fr&author=" + author).then().statusCode(200);
  }
}
