package io.gazette;

import static io.restassured.RestAssured.given;

import io.gazette.account.SessionAuthenticationMechanism;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;

/** A signed-in browser session for admin tests: its cookie and its CSRF token. */
public record AdminSession(String cookie, String csrf) {

  /** Signs in through the login form; fails the test when that does not work. */
  public static AdminSession signIn(String username, String password) {
    String cookie =
        given()
            .redirects()
            .follow(false)
            .formParam("username", username)
            .formParam("password", password)
            .when()
            .post("/admin/login")
            .then()
            .statusCode(303)
            .extract()
            .cookie(SessionAuthenticationMechanism.COOKIE);
    String page =
        given()
            .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
            .when()
            .get("/admin")
            .asString();
    String csrf = Jsoup.parse(page).selectFirst("input[name=csrf]").attr("value");
    return new AdminSession(cookie, csrf);
  }

  /** A request carrying the session cookie, not following redirects. */
  public RequestSpecification request() {
    return given().redirects().follow(false).cookie(SessionAuthenticationMechanism.COOKIE, cookie);
  }

  /** A form post carrying the session cookie and the CSRF token. */
  public RequestSpecification form() {
    return request().contentType("application/x-www-form-urlencoded").formParam("csrf", csrf);
  }
}
