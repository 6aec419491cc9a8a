package io.gazette.api;

import static io.restassured.RestAssured.given;

import io.gazette.Fixtures;
import io.gazette.admin.SignedIn;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * A bearer token of the admin API, for tests: signs in through {@code POST /tokens}. Every answer
 * it gets is checked for leaked password hashes.
 */
public record ApiToken(String token) {

  /** Fails the test when a response body shows a bcrypt hash or a password hash field. */
  public static final Filter NO_SECRETS =
      (request, response, context) -> {
        var answer = context.next(request, response);
        String body = answer.asString();
        for (String secret : List.of("$2a$", "$2b$", "$2y$", "passwordHash", "password_hash")) {
          if (body != null && body.contains(secret)) {
            throw new AssertionError(request.getURI() + " answered with " + secret + ": " + body);
          }
        }
        return answer;
      };

  /** Signs the member in with the fixtures' password; fails the test when that does not work. */
  public static ApiToken of(SignedIn member) {
    String token =
        given()
            .filter(NO_SECRETS)
            .contentType(ContentType.JSON)
            .body(Map.of("username", member.username(), "password", Fixtures.PASSWORD))
            .when()
            .post("/api/admin/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    return new ApiToken(token);
  }

  /** A JSON request carrying the token, not following redirects. */
  public RequestSpecification request() {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** A JSON request without a token, checked like the others. */
  public static RequestSpecification anonymous() {
    return given()
        .filter(NO_SECRETS)
        .redirects()
        .follow(false)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }
}
