package io.gazette.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInPagesTest {

  @Inject Fixtures fixtures;

  private static String failedSignIn(String username, String password, int status) {
    var response =
        given()
            .formParam("username", username)
            .formParam("password", password)
            .when()
            .post("/admin/login")
            .then()
            .statusCode(status)
            .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
            .extract()
            .response();
    return Html.parse(response).selectFirst(".form-error").text();
  }

  @Test
  void shouldSendAnonymousVisitorToTheSignInPage() {
    given()
        .redirects()
        .follow(false)
        .when()
        .get("/admin")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/login"));
    var page = Html.page("/admin/login");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }

  @Test
  void shouldSetAHttpOnlySameSiteSessionCookieScopedToAdmin() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    given()
        .redirects()
        .follow(false)
        .formParam("username", editor.username())
        .formParam("password", Fixtures.PASSWORD)
        .when()
        .post("/admin/login")
        .then()
        .statusCode(303)
        .header("Set-Cookie", containsString("HttpOnly"))
        .header("Set-Cookie", containsString("SameSite=Strict"))
        .header("Set-Cookie", containsString("Path=/admin"));
  }

  @Test
  void shouldAnswerUnknownUserAndWrongPasswordAlike() {
    SignedIn author = fixtures.member(Role.AUTHOR);
    String wrongPassword = failedSignIn(author.username(), "not the password", 401);
    String unknownUser = failedSignIn("nobody-" + Fixtures.mark(), "not the password", 401);
    assertThat(wrongPassword)
        .isEqualTo(unknownUser)
        .isEqualTo("L’identifiant ou le mot de passe est incorrect.");
  }

  @Test
  void shouldThrottleRepeatedFailuresForOneUsername() {
    SignedIn author = fixtures.member(Role.AUTHOR);
    for (int i = 0; i < 5; i++) {
      failedSignIn(author.username(), "guess " + i, 401);
    }
    given()
        .formParam("username", author.username())
        .formParam("password", Fixtures.PASSWORD)
        .when()
        .post("/admin/login")
        .then()
        .statusCode(429)
        .header("Retry-After", equalTo("300"));
  }

  @Test
  void shouldRefuseCopiedCookieAfterSignOut() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    session.request().when().get("/admin").then().statusCode(200);

    session.form().when().post("/admin/logout").then().statusCode(303);

    session
        .request()
        .when()
        .get("/admin")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/login"));
  }

  @Test
  void shouldRefuseSignOutWithoutTheCsrfToken() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    session
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("csrf", "forged")
        .when()
        .post("/admin/logout")
        .then()
        .statusCode(403);
    session
        .request()
        .contentType("application/x-www-form-urlencoded")
        .when()
        .post("/admin/logout")
        .then()
        .statusCode(403);
    session.request().when().get("/admin").then().statusCode(200);
  }

  @Test
  void shouldMarkAdminPagesNoStore() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession.signIn(editor.username(), Fixtures.PASSWORD)
        .request()
        .when()
        .get("/admin")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("no-store"));
  }
}
