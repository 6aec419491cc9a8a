package io.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.comment.CommentFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What keeps the public API cheap: unknown parameters refused, each client rate-limited. */
@QuarkusTest
class ApiLimitsTest {

  @Inject Fixtures fixtures;

  @TestHTTPResource("/")
  URI root;

  private long article() {
    return fixtures.story("World", List.of(), Fixtures.published("fr", "Limites")).in("fr").id;
  }

  private static void assertInvalidParameter(Response response, String name) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
    assertThat(response.jsonPath().getString("type"))
        .isEqualTo(ProblemType.INVALID_PARAMETER.uri());
    assertThat(response.jsonPath().getList("errors", Map.class))
        .contains(Map.of("field", name, "code", "unknown"));
  }

  @Test
  void shouldRefuseSortingOrFilteringThatIsNotOffered() {
    String comments = CommentFixtures.path(article());
    var client = CommentFixtures.address();
    assertInvalidParameter(
        CommentFixtures.reader(client).when().get(comments + "?sort=name"), "sort");
    assertInvalidParameter(
        CommentFixtures.reader(client).when().get(comments + "?page=1&email=a@b.c"), "email");
    assertThat(CommentFixtures.reader(client).when().get(comments + "?page=1&size=5").statusCode())
        .isEqualTo(200);
  }

  @Test
  void shouldRefuseUnknownParametersOnTheAdminApiToo() {
    Response response =
        ApiToken.of(fixtures.member(Role.EDITOR))
            .request()
            .when()
            .get("/api/admin/v1/comments?status=pending&orderBy=email");
    assertInvalidParameter(response, "orderBy");
  }

  @Test
  void shouldThrottleAClientThatAsksTooOftenWithRetryAfter() throws Exception {
    // Every request to the public API counts, found or not: the cheapest one is a 404. A plain
    // JDK client keeps the thousand requests quick.
    var client = HttpClient.newHttpClient();
    var request =
        HttpRequest.newBuilder(root.resolve("/api/v1/nothing-here"))
            .header("X-Forwarded-For", CommentFixtures.address())
            .build();
    int answered = 0;
    HttpResponse<String> refused = null;
    // The bucket refills greedily while the loop runs: a few more than 1,000 may pass.
    while (refused == null && answered <= 2_000) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        refused = response;
      } else {
        assertThat(response.statusCode()).isEqualTo(404);
        answered++;
      }
    }
    assertThat(refused).as("429 after %d requests", answered).isNotNull();
    assertThat(answered).isBetween(1_000, 2_000);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith(Problem.MEDIA_TYPE);
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    assertThat(
            CommentFixtures.reader(CommentFixtures.address())
                .when()
                .get("/api/v1/nothing-here")
                .statusCode())
        .as("another client is not affected")
        .isEqualTo(404);
  }
}
