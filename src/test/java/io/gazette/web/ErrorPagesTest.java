package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

  @Test
  void shouldAnswerUnknownLanguagePrefixWithNotFoundPageInReadersLanguage() {
    var response =
        given()
            .header("Accept-Language", "en-US")
            .when()
            .get("/de/irgendwas")
            .then()
            .statusCode(404);
    var page = Html.parse(response.extract().response());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(page.select("link[rel=canonical], link[rel=alternate][hreflang]")).isEmpty();
    assertThat(page.select("meta[property^=og:]")).isEmpty();
  }

  @Test
  void shouldAnswerUnknownSlugWithNotFoundPageInThePathsLanguage() {
    var response =
        given()
            .header("Accept-Language", "en")
            .when()
            .get("/fr/n-existe-pas")
            .then()
            .statusCode(404);
    var page = Html.parse(response.extract().response());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
    assertThat(page.select("nav.sections-nav a")).hasSizeGreaterThan(1);
  }

  @Test
  void shouldRefuseUnreadablePageNumberWithLocalizedMessage() {
    for (String bad : new String[] {"abc", "0", "-2", "99999999999"}) {
      var response = given().when().get("/en/section/world?page=" + bad).then().statusCode(400);
      var page = Html.parse(response.extract().response());
      assertThat(page.selectFirst("h1").text()).isEqualTo("This address is not valid");
    }
  }

  @Test
  void shouldAnswerPageBeyondTheLastWithNotFound() {
    given().when().get("/fr/section/monde?page=500").then().statusCode(404);
  }

  @Test
  void shouldNeverShowAStackTrace() {
    String body = given().when().get("/fr/tag/%00%ff").then().extract().asString();
    assertThat(body).doesNotContain("Exception").doesNotContain("at io.");
  }
}
