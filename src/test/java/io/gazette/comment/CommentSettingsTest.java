package io.gazette.comment;

import static io.gazette.comment.CommentFixtures.address;
import static io.gazette.comment.CommentFixtures.comment;
import static io.gazette.comment.CommentFixtures.path;
import static io.gazette.comment.CommentFixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.story.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The comment settings a newsroom may turn on: closing by age, approving known commenters. */
@QuarkusTest
@TestProfile(CommentSettingsTest.Settings.class)
class CommentSettingsTest {

  /** Comments close 30 days after publication; known commenters are published at once. */
  public static class Settings implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gazette.comments.close-after-days", "30",
          "gazette.comments.auto-approve-known", "true");
    }
  }

  @Inject Fixtures fixtures;
  @Inject CommentFixtures comments;

  @Test
  void shouldCloseCommentsOnArticlesOlderThanTheConfiguredDays() {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Ancien"));
    long old = story.in("fr").id;

    var page = Jsoup.parse(given().when().get(story.path("fr")).then().extract().asString());
    assertThat(page.select("#comment-form")).isEmpty();
    assertThat(page.select("#comments").text()).contains("Les commentaires sont fermés");

    Response refused = post(old, address(), comment("Ana", "Trop tard " + Fixtures.mark()));
    CommentApiTest.assertProblem(refused, 409, "comments-closed");
    assertThat(comments.count(old)).isZero();
  }

  @Test
  void shouldPublishAtOnceTheCommentsOfAKnownCommenterButNotHeldOnes() {
    long fresh = publishedNow();
    var first = comment("Kiran", "Premier avis " + Fixtures.mark());
    Response pending = post(fresh, address(), first);
    assertThat(pending.jsonPath().getString("status")).isEqualTo("pending");
    comments.approve(pending.jsonPath().getLong("id"));

    var second = CommentFixtures.with(first, "body", "Second avis " + Fixtures.mark());
    Response published = post(fresh, address(), second);
    assertThat(published.statusCode()).as(published.asString()).isEqualTo(202);
    assertThat(published.jsonPath().getString("status")).isEqualTo("approved");
    assertThat(given().when().get(path(fresh)).jsonPath().getList("items.body", String.class))
        .contains((String) second.get("body"));

    var links = "https://a.example https://b.example https://c.example " + Fixtures.mark();
    Response held = post(fresh, address(), CommentFixtures.with(first, "body", links));
    assertThat(held.jsonPath().getString("status")).isEqualTo("pending");
    assertThat(comments.stored(held.jsonPath().getLong("id")).heldReason).startsWith("links");

    var stranger = comment("Inconnu", "Premier passage " + Fixtures.mark());
    assertThat(post(fresh, address(), stranger).jsonPath().getString("status"))
        .isEqualTo("pending");
  }

  /** A story published just now, inside the 30 days. */
  @Transactional
  long publishedNow() {
    var story = fixtures.story("World", List.of(), Fixtures.published("fr", "Récent"));
    Article article = Article.findById(story.in("fr").id);
    article.publishedAt = Instant.now();
    return article.id;
  }
}
