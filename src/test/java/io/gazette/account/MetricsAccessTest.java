package io.gazette.account;

import static io.restassured.RestAssured.given;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The metrics name the newsroom's routes: administrators only; health stays public. */
@QuarkusTest
class MetricsAccessTest {

  @Inject Fixtures fixtures;

  @Test
  void shouldRefuseMetricsToStrangers() {
    given().when().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    given()
        .header("Authorization", "Bearer not-a-token")
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldRefuseMetricsToEditors() {
    String token = ApiToken.of(fixtures.member(Role.EDITOR)).token();
    given()
        .header("Authorization", "Bearer " + token)
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldServeMetricsToAdministrators() {
    String token = ApiToken.of(fixtures.member(Role.ADMIN)).token();
    given()
        .header("Authorization", "Bearer " + token)
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("http_server_requests"));
  }

  @Test
  void shouldKeepHealthPublic() {
    given().when().get("/q/health").then().statusCode(200);
    given().when().get("/q/health/ready").then().statusCode(200);
  }
}
