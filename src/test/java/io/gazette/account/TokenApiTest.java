package io.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.api.ApiToken;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenApiTest {

  private static final String TOKENS = "/api/admin/v1/tokens";
  private static final String ARTICLES = "/api/admin/v1/articles";
  private static final String THROTTLED = "throttled-user";

  @Inject Fixtures fixtures;

  private static Response signIn(String username, String password) {
    return ApiToken.anonymous()
        .body(Map.of("username", username, "password", password))
        .when()
        .post(TOKENS);
  }

  @Test
  void shouldIssueTokenThatWorksUntilRevoked() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    Response issued = signIn(editor.username(), Fixtures.PASSWORD);

    assertThat(issued.statusCode()).isEqualTo(201);
    assertThat(issued.header("Location")).endsWith(TOKENS + "/current");
    assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
    Instant expiresAt = Instant.parse(issued.jsonPath().getString("expiresAt"));
    assertThat(expiresAt)
        .isBetween(
            Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
    ApiToken token = new ApiToken(issued.jsonPath().getString("token"));
    token.request().when().get(ARTICLES).then().statusCode(200);

    token.request().when().delete(TOKENS + "/current").then().statusCode(204);

    Response refused = token.request().when().get(ARTICLES);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    token.request().when().delete(TOKENS + "/current").then().statusCode(401);
  }

  @Test
  void shouldRefuseUnknownUserAndWrongPasswordAlike() {
    SignedIn author = fixtures.member(Role.AUTHOR);
    Response wrongPassword = signIn(author.username(), "not the password");
    Response unknownUser = signIn("nobody-" + Fixtures.mark(), Fixtures.PASSWORD);

    for (Response refused : new Response[] {wrongPassword, unknownUser}) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.jsonPath().getString("type"))
          .isEqualTo("https://gazette.example/problems/invalid-credentials");
      assertThat(refused.jsonPath().getString("token")).isNull();
    }
    assertThat(wrongPassword.asString()).isEqualTo(unknownUser.asString());
  }

  @Test
  void shouldAnswerThrottledClientWithRetryAfter() {
    // The per-user limit (5 by default); the test profile lifts the per-address one.
    String username = THROTTLED + "-" + Fixtures.mark();
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(username, "guess " + i).statusCode()).isEqualTo(401);
    }
    Response throttled = signIn(username, Fixtures.PASSWORD);

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("300");
    assertThat(throttled.contentType()).startsWith("application/problem+json");
    assertThat(throttled.jsonPath().getString("type"))
        .isEqualTo("https://gazette.example/problems/too-many-requests");
  }

  @Test
  void shouldNameMissingCredentials() {
    Response missing = ApiToken.anonymous().body("{}").when().post(TOKENS);

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.jsonPath().getList("errors.field")).containsExactly("username", "password");
  }

  @Test
  void shouldNeverAcceptTokenInQueryString() {
    ApiToken token = ApiToken.of(fixtures.member(Role.EDITOR));

    for (String parameter : new String[] {"token", "access_token"}) {
      Response refused =
          ApiToken.anonymous().queryParam(parameter, token.token()).when().get(ARTICLES);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
    token.request().when().get(ARTICLES).then().statusCode(200);
  }

  @Test
  void shouldNotAcceptTheBrowserCookieOnTheApi() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession browser = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);

    browser.request().accept("application/json").when().get(ARTICLES).then().statusCode(401);
  }
}
