package io.gazette.search;

import static io.gazette.Fixtures.published;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gazette.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchApiTest {

  @Inject Fixtures fixtures;
  @Inject SearchIndexer indexer;

  @BeforeEach
  void indexIsCurrent() {
    indexer.catchUp();
  }

  @Test
  void shouldFindTheSeedStoryInTheListEnvelope() {
    given()
        .queryParam("q", "COREE")
        .queryParam("lang", "fr")
        .when()
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .header("Content-Language", "fr")
        .body("items[0].lang", equalTo("fr"))
        .body("items[0].otherLanguage", equalTo(false))
        .body("items[0].titleHtml", containsString("<mark>"))
        .body("items.url", hasItem(endsWith(SearchPagesTest.SEED_FR)))
        .body("meta.page", equalTo(1));
  }

  @Test
  void shouldPutOtherLanguagesAfterTheReadersOne() {
    var french = fixtures.story("World", List.of(), published("fr", "Marée noire"));
    String mark = SearchPagesTest.markOf(french.in("fr").title);
    fixtures.story("World", List.of(), published("en", "Oil spill " + mark));
    indexer.catchUp();
    given()
        .queryParam("q", mark)
        .queryParam("lang", "fr")
        .when()
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("meta.total", equalTo(2))
        .body("items.lang", equalTo(List.of("fr", "en")))
        .body("items.otherLanguage", equalTo(List.of(false, true)));
  }

  @Test
  void shouldRefuseAMissingTextAsAProblem() {
    given()
        .queryParam("q", "  ")
        .when()
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("q"));
  }

  @Test
  void shouldRefuseAnUnknownOrderOrSectionOrLanguage() {
    given()
        .queryParam("q", "corée")
        .queryParam("sort", "oldest")
        .when()
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sort"));
    given()
        .queryParam("q", "corée")
        .queryParam("section", "nowhere")
        .when()
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("section"));
    given()
        .queryParam("q", "corée")
        .queryParam("lang", "xx")
        .when()
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lang"));
  }

  @Test
  void shouldAnswerLuceneSyntaxAndHugeTexts() {
    for (String query : List.of("title:(a AND", "\"open", "x".repeat(10_000), "**~^")) {
      given().queryParam("q", query).when().get("/api/v1/search").then().statusCode(200);
    }
  }
}
