package io.gazette.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's web view may call the public API once its origin is configured, and only it. */
@QuarkusTest
@TestProfile(ApiCorsTest.AppOrigin.class)
class ApiCorsTest {

  /** CORS on, for the app's origin only. */
  public static class AppOrigin implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.cors.enabled", "true",
          "quarkus.http.cors.origins", "https://app.example.mu");
    }
  }

  private static Response preflight(String origin) {
    return given()
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .when()
        .options("/api/v1/articles/1/comments");
  }

  @Test
  void shouldLetTheConfiguredOriginCallTheApi() {
    Response allowed = preflight("https://app.example.mu");
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.mu");
    assertThat(allowed.header("Access-Control-Allow-Methods")).contains("POST");

    Response answer =
        given()
            .header("Origin", "https://app.example.mu")
            .when()
            .get("/api/v1/articles/1/comments");
    assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.mu");
    assertThat(answer.header("Access-Control-Expose-Headers")).contains("ETag");
  }

  @Test
  void shouldRefuseOtherOrigins() {
    assertThat(preflight("https://evil.example").header("Access-Control-Allow-Origin")).isNull();
  }
}
