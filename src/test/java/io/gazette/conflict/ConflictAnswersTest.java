package io.gazette.conflict;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transaction that lost a race, at its flush or at its commit, answered on each surface: a 409
 * (or 412) in the surface's own form, never a 500, and nothing of it written.
 */
@QuarkusTest
class ConflictAnswersTest {

  private static final String PROBLEMS = "https://gazette.example/problems/";

  @Inject Fixtures fixtures;
  @Inject ProbeWrites writes;

  private long article;
  private String marker;

  @BeforeEach
  void article() {
    article = fixtures.story("World", List.of(), Fixtures.published("fr", "Sonde")).in("fr").id;
    marker = "probe-" + Fixtures.mark();
  }

  private Response api(String kind, String ifMatch) {
    var request = given().redirects().follow(false).queryParam("marker", marker);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.queryParam("article", article).post("/api/admin/v1/conflict-probe/" + kind);
  }

  private static void assertProblem(Response response, int status, String type) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo(PROBLEMS + type);
    assertThat(response.asString()).doesNotContain("Exception").doesNotContain("uk_");
  }

  @Test
  void shouldAnswerAUniqueKeyTakenAtTheFlushWith409OnTheApi() {
    assertProblem(api("taken", null), 409, "conflict");
    assertThat(writes.kept(marker)).isFalse();
  }

  @Test
  void shouldAnswerARowChangedBeforeTheCommitWith409OrWith412WhenAVersionWasSent() {
    assertProblem(api("stale", null), 409, "conflict");
    Response versioned = api("stale", "\"3\"");
    assertProblem(versioned, 412, "version-mismatch");
    assertThat(versioned.jsonPath().getString("instance"))
        .isEqualTo("/api/admin/v1/conflict-probe/stale");
    assertThat(writes.kept(marker)).isFalse();
  }

  @Test
  void shouldAnswerALostRaceInTheNewsroomWithTheConflictPage() {
    var member = fixtures.member(Role.EDITOR);
    AdminSession session = AdminSession.signIn(member.username(), Fixtures.PASSWORD);
    for (String kind : List.of("taken", "stale")) {
      Response page =
          session
              .form()
              .queryParam("article", article)
              .queryParam("marker", marker)
              .post("/admin/conflict-probe/" + kind);

      assertThat(page.statusCode()).as(page.asString()).isEqualTo(409);
      assertThat(page.contentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
      assertThat(Html.parse(page).selectFirst("h1").text()).isEqualTo("Modifié au même moment");
      assertThat(Html.parse(page).selectFirst("[role=alert]").text())
          .contains("rien n’a été enregistré");
    }
    assertThat(writes.kept(marker)).isFalse();
  }

  @Test
  void shouldAnswerALostRaceOnAReaderPathWithAnUncachedConflictPage() {
    Response page =
        given()
            .header("Accept-Language", "en")
            .queryParam("article", article)
            .queryParam("marker", marker)
            .post("/conflict-probe/stale");

    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    assertThat(Html.parse(page).selectFirst("h1").text())
        .isEqualTo("Sent at the same moment as another request");
    assertThat(writes.kept(marker)).isFalse();
  }

  @Test
  void shouldStillAnswerAFailureThatIsNoRaceAsAServerError() {
    Response failed = api("broken", null);

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.jsonPath().getString("type")).isEqualTo(PROBLEMS + "server-error");
    assertThat(writes.kept(marker)).isFalse();
  }
}
