package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Every path, however encoded, is decoded once and answered with a page, never a failure. */
@QuarkusTest
class PathEncodingTest {

  private static Response get(String rawPath) {
    return given().urlEncodingEnabled(false).redirects().follow(false).when().get(rawPath);
  }

  @Test
  void shouldAnswerAnEncodedPercentSignWithTheLocalizedNotFoundPage() {
    for (String path :
        new String[] {"/fr/%25", "/fr/a%25b", "/fr/section/%25", "/fr/tag/%25%25", "/fr/%2525"}) {
      Response answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).isEqualTo("text/html;charset=UTF-8");
      assertThat(Html.parse(answer).selectFirst("h1").text()).isEqualTo("Page introuvable");
    }
  }

  @Test
  void shouldAnswerOddEncodingsWithAClientError() {
    for (String path :
        new String[] {
          "/fr/%C0%AF",
          "/fr/%FF",
          "/fr/%E2%82",
          "/fr/%0D%0AINFO%20forged",
          "/en/%F0%9F",
          "/fr/section/%00",
          "/%25/",
          "/fr/%2e%2e%2fadmin",
          "/fr/..%2F..%2Fetc"
        }) {
      Response answer = get(path);
      assertThat(answer.statusCode()).as(path).isBetween(400, 499);
      assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("at io.");
    }
  }
}
