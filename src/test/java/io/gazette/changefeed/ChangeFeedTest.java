package io.gazette.changefeed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.NewsroomDesk;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

  @Inject NewsroomDesk desk;
  @Inject ChangeFeed feed;
  @Inject ChangeReconciler reconciler;
  @Inject TransactionManager transactions;

  /** What a client holds after following the feed: each article's last entry, and the cursor. */
  record Replay(Map<Long, Map<String, Object>> last, String next, int pages) {
    Set<Long> stored() {
      return last.entrySet().stream()
          .filter(e -> e.getValue().get("type").equals("upsert"))
          .map(Map.Entry::getKey)
          .collect(Collectors.toSet());
    }
  }

  private static Replay replay(String since, int limit) {
    Map<Long, Map<String, Object>> last = new LinkedHashMap<>();
    String cursor = since;
    int pages = 0;
    while (true) {
      var request = given().queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("since", cursor);
      }
      JsonPath page =
          request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      assertThat(items).hasSizeLessThanOrEqualTo(limit);
      cursor = page.getString("next");
      if (items.isEmpty()) {
        return new Replay(last, cursor, pages);
      }
      pages++;
      items.forEach(item -> last.put(((Number) item.get("id")).longValue(), item));
    }
  }

  @Test
  void shouldReplayFromTheStartToExactlyThePublishedArticles() {
    ArticleSnapshot edited = desk.draft("fr", "Édité");
    ArticleSnapshot translation = desk.translate(edited, "en", "Edited");
    ArticleSnapshot withdrawn = desk.draft("fr", "Retiré");
    ArticleSnapshot neverOut = desk.draft("fr", "Jamais publié");
    ArticleSnapshot renamed = desk.draft("en", "Renamed");
    desk.publish(edited.id());
    desk.publish(translation.id());
    desk.publish(withdrawn.id());
    desk.publish(renamed.id());
    desk.retitle(edited.id(), "Titre revu " + edited.id());
    desk.unpublish(withdrawn.id());
    String slug = desk.changeSlug(renamed.id(), "new slug " + renamed.id());

    Replay replay = replay(null, 7);

    Set<Long> ours =
        Set.of(edited.id(), translation.id(), withdrawn.id(), neverOut.id(), renamed.id());
    Set<Long> stored = new HashSet<>(replay.stored());
    stored.retainAll(ours);
    assertThat(stored).containsExactlyInAnyOrder(edited.id(), translation.id(), renamed.id());
    assertThat(replay.last().get(withdrawn.id())).containsEntry("type", "delete");
    assertThat(replay.last().get(withdrawn.id())).doesNotContainKey("article");
    assertThat(replay.last()).doesNotContainKey(neverOut.id());
    assertThat(article(replay, edited.id())).containsEntry("title", "Titre revu " + edited.id());
    assertThat(article(replay, renamed.id())).containsEntry("slug", slug);
    assertThat((String) article(replay, renamed.id()).get("url")).endsWith("/en/" + slug);
    assertThat(article(replay, edited.id()))
        .containsKeys("storyId", "lang", "standfirst", "bodyHtml", "publishedAt", "updatedAt")
        .containsKeys("section", "tags", "author", "translations");
    assertThat(replay.pages()).isGreaterThan(1);
  }

  @Test
  void shouldGiveOnlyLaterChangesFromASavedCursor() {
    ArticleSnapshot before = desk.draft("fr", "Avant");
    desk.publish(before.id());
    ArticleSnapshot story = desk.draft("fr", "Suivi");
    ArticleSnapshot english = desk.translate(story, "en", "Followed");
    desk.publish(story.id());
    String cursor = replay(null, 500).next();

    desk.publish(english.id());
    desk.unpublish(story.id());
    Replay later = replay(cursor, 500);

    assertThat(later.last()).containsKeys(story.id(), english.id()).doesNotContainKey(before.id());
    assertThat(later.last().get(story.id())).containsEntry("type", "delete");
    assertThat(later.last().get(english.id())).containsEntry("type", "upsert");
    assertThat(replay(later.next(), 500).last()).doesNotContainKeys(story.id(), english.id());
  }

  @Test
  void shouldEndWithEveryPublishedArticleOfTheSite() {
    reconciler.reconcile();
    assertThat(replay(null, 500).stored()).isEqualTo(publishedIds());
  }

  @Test
  void shouldFilterByLanguage() {
    ArticleSnapshot french = desk.draft("fr", "Seulement");
    ArticleSnapshot english = desk.translate(french, "en", "Only");
    desk.publish(french.id());
    desk.publish(english.id());
    List<String> langs =
        given()
            .queryParam("lang", "en")
            .queryParam("limit", 500)
            .when()
            .get("/api/v1/changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.lang");
    assertThat(langs).isNotEmpty().containsOnly("en");
  }

  @Test
  void shouldRefuseCursorsLimitsAndLanguagesItDoesNotKnow() {
    for (String since : List.of("garbage!", "djI6MTI", "dj E6", "djE6LTE")) {
      refused("since", since);
    }
    refused("limit", "0");
    refused("limit", "501");
    refused("limit", "many");
    refused("lang", "xx");
  }

  @Test
  void shouldNumberConcurrentChangesInTheOrderTheyCommit() throws Exception {
    ArticleSnapshot slow = desk.publish(desk.draft("fr", "Lent").id());
    ArticleSnapshot fast = desk.publish(desk.draft("fr", "Rapide").id());
    long started = System.nanoTime();
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () -> {
              QuarkusTransaction.requiringNew()
                  .run(
                      () -> {
                        feed.record(Article.<Article>findById(slow.id()));
                        // Runs after the feed's own step: the number is taken, the commit waits.
                        whenCompleting(() -> pause(400));
                      });
            });
    pause(150);
    QuarkusTransaction.requiringNew().run(() -> feed.record(Article.<Article>findById(fast.id())));
    long fastCommitted = System.nanoTime();
    first.get();

    assertThat(seq(fast.id())).isGreaterThan(seq(slow.id()));
    // The fast change waited for the slow one's commit (400 ms after it took its number).
    assertThat((fastCommitted - started) / 1_000_000)
        .as("milliseconds until the later number committed")
        .isGreaterThanOrEqualTo(350);
  }

  private void whenCompleting(Runnable work) {
    try {
      transactions
          .getTransaction()
          .registerSynchronization(
              new Synchronization() {
                @Override
                public void beforeCompletion() {
                  work.run();
                }

                @Override
                public void afterCompletion(int status) {}
              });
    } catch (Exception notActive) {
      throw new IllegalStateException(notActive);
    }
  }

  private static void refused(String parameter, String value) {
    given()
        .queryParam(parameter, value)
        .when()
        .get("/api/v1/changes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://gazette.example/problems/invalid-parameter"))
        .body("errors[0].field", equalTo(parameter));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> article(Replay replay, long id) {
    return (Map<String, Object>) replay.last().get(id).get("article");
  }

  @Transactional
  Set<Long> publishedIds() {
    return Article.<Article>list("status", ArticleStatus.PUBLISHED).stream()
        .map(a -> a.id)
        .collect(Collectors.toSet());
  }

  @Transactional
  long seq(long articleId) {
    return ArticleChange.<ArticleChange>findById(articleId).seq;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
