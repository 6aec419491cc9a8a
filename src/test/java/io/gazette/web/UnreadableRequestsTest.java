package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Headers and paths the framework cannot read are the client's: never a 500. */
@QuarkusTest
class UnreadableRequestsTest {

  private static final String[] PAGES = {"/fr/", "/fr/section/monde", "/fr/n-existe-pas", "/"};

  @Test
  void shouldTreatUnreadableNegotiationHeadersAsAbsent() {
    for (String path : PAGES) {
      for (String[] header :
          new String[][] {
            {"Accept-Language", "zz;q=abc"}, {"Accept-Language", "%%"}, {"Accept", "x/y;q=z"}
          }) {
        Response answer =
            given().redirects().follow(false).header(header[0], header[1]).when().get(path);
        assertThat(answer.statusCode()).as(path + " " + header[1]).isBetween(200, 499);
      }
    }
    Response french = given().header("Accept-Language", "fr;q=abc").when().get("/fr/n-existe-pas");
    assertThat(Html.parse(french).selectFirst("h1").text()).isEqualTo("Page introuvable");
  }

  @Test
  void shouldIgnoreTheBodyTypeOfARequestThatHasNoBody() {
    for (String path : new String[] {"/", "/fr/tag/nothing", "/api/v1/languages", "/admin/login"}) {
      int status =
          given()
              .redirects()
              .follow(false)
              .header("Content-Type", "multipart/form-data; boundary=x")
              .when()
              .get(path)
              .statusCode();
      assertThat(status).as(path).isBetween(200, 499);
    }
  }

  @Test
  void shouldAnswerAnEncodedNulInAPathOrQueryAsNothingFound() {
    for (String path : new String[] {"/fr/%00", "/fr/tag/a%00b", "/fr/author/%00"}) {
      given().urlEncodingEnabled(false).when().get(path).then().statusCode(404);
    }
    given()
        .urlEncodingEnabled(false)
        .when()
        .get("/fr/section/monde?page=%00")
        .then()
        .statusCode(400);
    given()
        .urlEncodingEnabled(false)
        .when()
        .get("/api/v1/articles?lang=fr&tag=%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldTakeASemicolonInAPathLiterally() {
    for (String path :
        new String[] {"/en///%25;jsessionid=1", "/admin/login%25;x=1", "/fr/;a", "/admin;x"}) {
      Response answer = given().urlEncodingEnabled(false).when().get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).isEqualTo("text/html;charset=UTF-8");
    }
    given()
        .urlEncodingEnabled(false)
        .when()
        .get("/api/v1/articles;x?lang=fr")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
