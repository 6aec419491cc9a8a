package io.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.Fixtures;
import io.gazette.Race;
import io.gazette.web.FormStamps;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same comment sent twenty times at once, as a double-clicking reader or a script would. */
@QuarkusTest
class CommentRaceTest {

  private static final int SENT = 20;

  @Inject Fixtures fixtures;
  @Inject FormStamps stamps;
  @Inject StoredComments stored;

  private long articleId;
  private String path;

  @BeforeEach
  void article() {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Course"));
    articleId = story.in("fr").id;
    path = story.path("fr");
  }

  @Test
  void shouldStoreOneOfTwentyIdenticalCommentsSentAtOnceToTheApi() throws Exception {
    String address = CommentFixtures.address();
    String json =
        new ObjectMapper()
            .writeValueAsString(CommentFixtures.comment("Priya", "Vingt fois le même avis."));

    var answers =
        Race.run(
            SENT,
            i ->
                Race.to(CommentFixtures.path(articleId))
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build());

    assertThat(Race.statuses(answers))
        .as(Race.describe(answers))
        .isEqualTo(Map.of(202, 1L, 409, (long) SENT - 1));
    for (HttpResponse<String> refused : refusals(answers, 409)) {
      assertThat(refused.body()).contains("https://gazette.example/problems/duplicate-comment");
    }
    assertThat(stored.count(articleId)).isEqualTo(1);
  }

  @Test
  void shouldStoreOneOfTwentyIdenticalCommentFormsSentAtOnceFromManyAddresses() throws Exception {
    String mark = Fixtures.mark();
    String form =
        form(
            Map.of(
                "name", "Lecteur " + mark,
                "email", "lecteur-" + mark + "@example.com",
                "body", "Un avis envoyé vingt fois, " + mark + ".",
                "stamp", stamps.issue(Instant.now().minusSeconds(30)),
                "website", ""));

    var answers =
        Race.run(
            SENT,
            i ->
                Race.to(path + "/comments")
                    .header("X-Forwarded-For", CommentPost.freshAddress())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());

    assertThat(Race.statuses(answers))
        .as(Race.describe(answers))
        .isEqualTo(Map.of(303, 1L, 409, (long) SENT - 1));
    for (HttpResponse<String> refused : refusals(answers, 409)) {
      var problem = Jsoup.parse(refused.body()).selectFirst("#comment-problem");
      assertThat(problem).isNotNull();
      assertThat(problem.text()).contains("déjà envoyé");
    }
    assertThat(stored.count(articleId)).isEqualTo(1);
  }

  private static List<HttpResponse<String>> refusals(List<HttpResponse<String>> all, int status) {
    return all.stream().filter(r -> r.statusCode() == status).toList();
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
