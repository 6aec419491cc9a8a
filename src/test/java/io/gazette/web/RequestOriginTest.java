package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** No request header may change a page that the cache then gives to someone else. */
@QuarkusTest
class RequestOriginTest {

  private static Response home(String header, String value) {
    return given().header(header, value).when().get("/fr/");
  }

  private static String canonical(Response response) {
    Document page = Html.parse(response);
    return page.selectFirst("link[rel=canonical]").attr("href");
  }

  @Test
  void shouldRefuseAHostTheSiteDoesNotAnswerFor() {
    for (String host : new String[] {"evil.example", "localhost.evil.example", "127.0.0.2"}) {
      Response refused = home("Host", host);
      assertThat(refused.statusCode()).as(host).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("text/plain").contains("charset=UTF-8");
      assertThat(refused.asString()).doesNotContain(host);
    }
    assertThat(canonical(given().when().get("/fr/"))).startsWith("http://localhost:");
  }

  @Test
  void shouldAnswerTheHealthCheckWhateverTheHost() {
    given().header("Host", "10.1.2.3").when().get("/q/health").then().statusCode(200);
  }

  @Test
  void shouldAnswerAnAllowedHostWithItsOwnLinksAndKeepThemToIt() {
    Response allowed = home("Host", "news.example.mu");
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(canonical(allowed)).isEqualTo("http://news.example.mu/fr/");
    assertThat(home("Host", "WWW.News.Example.MU.").statusCode()).isEqualTo(200);
    // The same path asked for on the loopback name right after: its own copy, its own links.
    assertThat(canonical(given().when().get("/fr/"))).startsWith("http://localhost:");
  }

  @Test
  void shouldNotLetForwardedSchemeOrPortIntoOtherReadersPages() {
    Response https = home("X-Forwarded-Proto", "https");
    assertThat(canonical(https)).startsWith("https://");
    assertThat(https.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    Response port = home("X-Forwarded-Port", "6666");
    assertThat(canonical(port)).contains(":6666/");

    Response plain = given().when().get("/fr/");
    assertThat(canonical(plain)).startsWith("http://localhost:").doesNotContain(":6666");
    assertThat(plain.header("Strict-Transport-Security")).isNull();
  }

  @Test
  void shouldKeepApiAnswersOfEachOriginApart() {
    given().header("Host", "news.example.mu").when().get("/api/v1/articles?lang=fr&size=1");
    String url =
        given().when().get("/api/v1/articles?lang=fr&size=1").then().extract().path("items[0].url");
    assertThat(url).startsWith("http://localhost:");
  }

  @Test
  void shouldNotLetTheLanguageHeaderOrCookieChangeACachedPage() {
    String plain = given().when().get("/fr/").then().statusCode(200).extract().header("ETag");
    Response chosen =
        given().cookie("lang", "en").header("Accept-Language", "en").when().get("/fr/");
    assertThat(chosen.header("ETag")).isEqualTo(plain);
    assertThat(given().when().get("/fr/").header("ETag")).isEqualTo(plain);
  }
}
