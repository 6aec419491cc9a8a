package io.gazette.breaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.Fixtures;
import io.gazette.NewsroomDesk;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.story.Story;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BreakingNewsTest {

  @TestHTTPResource("/api/v1/breaking")
  URI breaking;

  @Inject NewsroomDesk desk;
  @Inject Fixtures fixtures;

  /** A story published in French and English. */
  private ArticleSnapshot[] publishedStory(String title) {
    ArticleSnapshot french = desk.draft("fr", title);
    ArticleSnapshot english = desk.translate(french, "en", title);
    return new ArticleSnapshot[] {desk.publish(french.id()), desk.publish(english.id())};
  }

  private static String inAnHour() {
    return Instant.now().plus(Duration.ofHours(1)).toString();
  }

  private long mark(ApiToken editor, long storyId, String until) {
    long start = System.nanoTime();
    editor
        .request()
        .body(Map.of("until", until))
        .when()
        .post("/api/admin/v1/stories/" + storyId + "/breaking")
        .then()
        .statusCode(200)
        .body("storyId", equalTo((int) storyId));
    return System.nanoTime() - start;
  }

  @Test
  void shouldPushAStoryToTheStreamWithinASecondOfMarkingIt() throws Exception {
    ArticleSnapshot[] story = publishedStory("Alerte");
    ApiToken editor = ApiToken.of(desk.editor());
    try (EventStream stream = EventStream.open(URI.create(breaking + "?lang=fr"))) {
      assertThat(stream.response().statusCode()).isEqualTo(200);
      assertThat(stream.response().headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/event-stream");
      assertThat(stream.next(Duration.ofSeconds(2), e -> e.name().equals("comment"))).isNotNull();

      long took = mark(editor, story[0].storyId(), inAnHour());
      var event =
          stream.next(
              Duration.ofSeconds(1),
              e ->
                  e.name().equals("breaking")
                      && e.data().contains("\"storyId\":" + story[0].storyId()));

      assertThat(event).as("breaking event within a second").isNotNull();
      assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(1));
      JsonPath data = JsonPath.from(event.data());
      assertThat(data.getLong("id")).isEqualTo(story[0].id());
      assertThat(data.getString("lang")).isEqualTo("fr");
      assertThat(data.getString("title")).isEqualTo(story[0].title());
      assertThat(data.getString("url")).startsWith("http").endsWith("/fr/" + story[0].slug());
      assertThat(data.getString("until")).isNotBlank();
      assertThat(
              stream.next(
                  Duration.ofMillis(300), e -> e.data().contains("\"id\":" + story[1].id() + ",")))
          .as("the English version stays out of the French stream")
          .isNull();
    }
  }

  @Test
  void shouldStartWithCurrentAlertsButNotExpiredOnes() throws Exception {
    ArticleSnapshot[] current = publishedStory("En cours");
    ArticleSnapshot[] expired = publishedStory("Expirée");
    ApiToken editor = ApiToken.of(desk.editor());
    mark(editor, current[0].storyId(), inAnHour());
    mark(editor, expired[0].storyId(), Instant.now().plusMillis(600).toString());
    Thread.sleep(700);

    try (EventStream stream = EventStream.open(URI.create(breaking + "?lang=en"))) {
      assertThat(
              stream.next(
                  Duration.ofSeconds(2),
                  e -> e.data().contains("\"storyId\":" + current[0].storyId())))
          .isNotNull();
      assertThat(
              stream.next(
                  Duration.ofMillis(300),
                  e -> e.data().contains("\"storyId\":" + expired[0].storyId())))
          .isNull();
    }
    List<Long> listed =
        ApiToken.anonymous()
            .queryParam("lang", "en")
            .when()
            .get("/api/v1/breaking")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.storyId", Long.class);
    assertThat(listed).contains(current[1].storyId()).doesNotContain(expired[1].storyId());
  }

  @Test
  void shouldPushAVersionPublishedWhileItsStoryIsBreaking() throws Exception {
    ArticleSnapshot french = desk.draft("fr", "Plus tard");
    ArticleSnapshot english = desk.translate(french, "en", "Later");
    desk.publish(french.id());
    mark(ApiToken.of(desk.editor()), french.storyId(), inAnHour());
    try (EventStream stream = EventStream.open(URI.create(breaking + "?lang=en"))) {
      assertThat(stream.next(Duration.ofSeconds(2), e -> e.name().equals("comment"))).isNotNull();
      desk.publish(english.id());
      assertThat(
              stream.next(
                  Duration.ofSeconds(1), e -> e.data().contains("\"id\":" + english.id() + ",")))
          .isNotNull();
    }
  }

  @Test
  void shouldKeepTheConnectionAliveWithComments() throws Exception {
    try (EventStream stream = EventStream.open(breaking)) {
      assertThat(stream.next(Duration.ofSeconds(1), e -> e.data().equals("breaking news")))
          .as("the opening comment")
          .isNotNull();
      assertThat(stream.next(Duration.ofSeconds(4), e -> e.data().equals("keep-alive")))
          .as("a heartbeat within the test profile's period")
          .isNotNull();
    }
  }

  @Test
  void shouldRefuseAPastEndOrAnUnknownStoryOrLanguage() {
    ArticleSnapshot[] story = publishedStory("Refus");
    ApiToken editor = ApiToken.of(desk.editor());
    for (String until : List.of("2020-01-01T00:00:00Z", "tomorrow", "")) {
      editor
          .request()
          .body(Map.of("until", until))
          .when()
          .post("/api/admin/v1/stories/" + story[0].storyId() + "/breaking")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("until"));
    }
    editor
        .request()
        .body(Map.of("until", inAnHour()))
        .when()
        .post("/api/admin/v1/stories/987654321/breaking")
        .then()
        .statusCode(404);
    ApiToken.anonymous()
        .queryParam("lang", "xx")
        .when()
        .get("/api/v1/breaking")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lang"));
    ApiToken.of(fixtures.member(Role.AUTHOR))
        .request()
        .body(Map.of("until", inAnHour()))
        .when()
        .post("/api/admin/v1/stories/" + story[0].storyId() + "/breaking")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldEndAnAlertWhenCleared() {
    ArticleSnapshot[] story = publishedStory("Fin");
    ApiToken editor = ApiToken.of(desk.editor());
    mark(editor, story[0].storyId(), inAnHour());
    editor
        .request()
        .when()
        .delete("/api/admin/v1/stories/" + story[0].storyId() + "/breaking")
        .then()
        .statusCode(204);
    assertThat(breakingUntil(story[0].storyId())).isNull();
  }

  @Transactional
  Instant breakingUntil(long storyId) {
    return Story.<Story>findById(storyId).breakingUntil;
  }
}
