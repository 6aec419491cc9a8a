package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageNegotiationTest {

  private static io.restassured.response.ValidatableResponse root(
      String acceptLanguage, String cookie) {
    var request = given().redirects().follow(false);
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    if (cookie != null) {
      request.cookie("lang", cookie);
    }
    return request.when().get("/").then().statusCode(303);
  }

  @Test
  void shouldSendReaderWithoutPreferenceToDefaultLanguage() {
    root(null, null).header("Location", endsWith("/fr/"));
  }

  @Test
  void shouldFollowAcceptLanguage() {
    root("en", null).header("Location", endsWith("/en/"));
  }

  @Test
  void shouldRespectQualityValues() {
    root("fr;q=0.4, en;q=0.9", null).header("Location", endsWith("/en/"));
    root("en;q=0.2, fr;q=0.8", null).header("Location", endsWith("/fr/"));
  }

  @Test
  void shouldFallBackFromRegionToLanguage() {
    root("en-GB,de;q=0.8", null).header("Location", endsWith("/en/"));
  }

  @Test
  void shouldUseDefaultForUnknownOrMalformedLanguage() {
    root("de-DE,ja;q=0.9", null).header("Location", endsWith("/fr/"));
    root("!!not a header;q=x", null).header("Location", endsWith("/fr/"));
  }

  @Test
  void shouldLetTheLangCookieBeatTheHeader() {
    root("fr-FR,fr;q=0.9", "en").header("Location", endsWith("/en/"));
  }

  @Test
  void shouldIgnoreCookieForLanguageTheSiteDoesNotHave() {
    root("en", "de").header("Location", endsWith("/en/"));
  }

  @Test
  void shouldVaryOnCookieAndAcceptLanguage() {
    root("en", null)
        .header("Vary", containsString("Accept-Language"))
        .header("Vary", containsString("Cookie"))
        .header("Set-Cookie", nullValue());
  }
}
