package io.gazette.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiProblemsTest {

  private static final String ARTICLES = "/api/admin/v1/articles";

  @Inject Fixtures fixtures;

  private static void assertProblem(Response response, int status, String type) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
    assertThat(response.jsonPath().getString("type")).isEqualTo(ProblemType.BASE + type);
    assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
    assertThat(response.jsonPath().getString("title")).isNotBlank();
    assertThat(response.jsonPath().getString("detail")).isNotBlank();
    assertThat(response.jsonPath().getString("instance")).startsWith("/api");
  }

  @Test
  void shouldAnswerMissingTokenWithProblemAndBearerChallenge() {
    Response response = given().when().get(ARTICLES);
    assertProblem(response, 401, "unauthorized");
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void shouldAnswerUnknownTokenWithProblem() {
    Response response = given().header("Authorization", "Bearer nope").when().get(ARTICLES);
    assertProblem(response, 401, "unauthorized");
  }

  @Test
  void shouldAnswerForbiddenRoleWithProblem() {
    ApiToken moderator = ApiToken.of(fixtures.member(Role.MODERATOR));
    assertProblem(moderator.request().when().get(ARTICLES), 403, "forbidden");
  }

  @Test
  void shouldAnswerUnknownRoutesAndIdsWithProblem() {
    ApiToken editor = ApiToken.of(fixtures.member(Role.EDITOR));
    assertProblem(editor.request().when().get(ARTICLES + "/999999999"), 404, "not-found");
    assertProblem(
        editor.request().when().get("/api/admin/v1/nothing/here/at/all"), 404, "not-found");
    assertProblem(editor.request().when().get("/api/nothing"), 404, "not-found");
    assertProblem(given().when().get("/api/admin/v1/nothing"), 404, "not-found");
    assertProblem(given().when().get("/api"), 404, "not-found");
  }

  @Test
  void shouldLeaveReaderErrorPagesAlone() {
    Response page = given().when().get("/fr/n-existe-pas-" + Fixtures.mark());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.contentType()).startsWith("text/html");
  }

  @Test
  void shouldAnswerWrongMethodWithProblem() {
    ApiToken editor = ApiToken.of(fixtures.member(Role.EDITOR));
    assertProblem(editor.request().when().delete(ARTICLES), 405, "method-not-allowed");
  }

  @Test
  void shouldAnswerWrongMediaTypeWithProblem() {
    ApiToken editor = ApiToken.of(fixtures.member(Role.EDITOR));
    Response response =
        editor.request().contentType("text/plain").body("title=x").when().post(ARTICLES);
    assertProblem(response, 415, "unsupported-media-type");
  }

  @Test
  void shouldAnswerMalformedJsonWithProblem() {
    ApiToken editor = ApiToken.of(fixtures.member(Role.EDITOR));
    assertProblem(
        editor.request().body("{\"title\": ").when().post(ARTICLES), 400, "malformed-json");
    Response wrongType = editor.request().body("{\"sectionId\": \"abc\"}").when().post(ARTICLES);
    assertProblem(wrongType, 400, "malformed-json");
    assertThat(wrongType.jsonPath().getString("errors[0].field")).isEqualTo("sectionId");
    assertProblem(
        given().contentType("application/json").body("{oops").when().post("/api/admin/v1/tokens"),
        400,
        "malformed-json");
  }
}
