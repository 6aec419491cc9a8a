package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.gazette.api.PublicApi.app;
import static io.gazette.api.PublicApi.ok;
import static io.gazette.article.ApiStories.sectionSlug;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiCachingTest {

  static final String ARTICLES = "/api/v1/articles";

  @Inject ApiStories stories;
  @Inject Fixtures fixtures;

  private String mark;

  @BeforeEach
  void mark() {
    mark = Fixtures.mark();
  }

  private static Response conditional(String path, String header, String value) {
    return app().header(header, value).when().get(path);
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  @Test
  void shouldAnswer304WithoutBodyToARepeatedGetWithTheEtag() {
    Article french = stories.story(mark, published("fr", "Cache")).in("fr");
    String path = ARTICLES + "/" + french.id;
    Response first = ok(path);
    String etag = first.header("ETag");

    Response again = conditional(path, "If-None-Match", etag);
    Response weak = conditional(path, "If-None-Match", "W/" + etag + ", \"other\"");

    assertThat(etag).matches("\"[A-Za-z0-9_-]{16,}\"");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.asByteArray()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
    assertThat(again.header("Cache-Control")).isEqualTo(first.header("Cache-Control"));
    assertThat(weak.statusCode()).isEqualTo(304);
    assertThat(conditional(path, "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldDescribeTheAnswerInItsHeaders() {
    var story = stories.story(mark, published("fr", "Entêtes"), published("en", "Headers"));
    Article english = story.in("en");

    Response detail = ok(ARTICLES + "/" + english.id);
    Response list = ok(ARTICLES + "?lang=en&section=" + sectionSlug(mark, "en"));

    for (Response answer : new Response[] {detail, list}) {
      assertThat(answer.header("Cache-Control"))
          .isEqualTo("public, max-age=60, stale-while-revalidate=600");
      assertThat(answer.header("Content-Language")).isEqualTo("en");
      assertThat(answer.header("Vary")).contains("Accept-Encoding");
      assertThat(answer.header("Set-Cookie")).isNull();
    }
    Instant updated = Instant.parse(detail.jsonPath().getString("updatedAt"));
    assertThat(detail.header("Last-Modified"))
        .isEqualTo(httpDate(updated.truncatedTo(ChronoUnit.SECONDS)));
    assertThat(list.header("Last-Modified")).isEqualTo(detail.header("Last-Modified"));
  }

  @Test
  void shouldGiveANewEtagAfterAnEditIsPublished() {
    Article french = stories.story(mark, published("fr", "Avant")).in("fr");
    String path = ARTICLES + "/" + french.id;
    String listPath = ARTICLES + "?lang=fr&section=" + sectionSlug(mark, "fr");
    String before = ok(path).header("ETag");
    String listBefore = ok(listPath).header("ETag");
    ApiToken editor = ApiToken.of(fixtures.member(Role.EDITOR));
    String admin = "/api/admin/v1/articles/" + french.id;
    String version = editor.request().when().get(admin).header("ETag");

    editor
        .request()
        .header("If-Match", version)
        .body(Map.of("title", "Après " + mark))
        .when()
        .put(admin)
        .then()
        .statusCode(200);

    Response after = conditional(path, "If-None-Match", before);
    Response listAfter = conditional(listPath, "If-None-Match", listBefore);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.jsonPath().getString("title")).isEqualTo("Après " + mark);
    assertThat(after.header("ETag")).isNotEqualTo(before);
    assertThat(listAfter.statusCode()).isEqualTo(200);
    assertThat(listAfter.header("ETag")).isNotEqualTo(listBefore);
    assertThat(conditional(path, "If-None-Match", after.header("ETag")).statusCode())
        .isEqualTo(304);
  }

  @Test
  void shouldGiveANewEtagWhenAnArticleLeavesOrJoinsTheList() {
    Article kept = stories.story(mark, published("fr", "Reste")).in("fr");
    Article leaving = stories.story(mark, published("fr", "Part")).in("fr");
    String listPath = ARTICLES + "?lang=fr&section=" + sectionSlug(mark, "fr");
    String both = ok(listPath).header("ETag");

    fixtures.setStatus(leaving.id, ArticleStatus.UNPUBLISHED);
    Response one = conditional(listPath, "If-None-Match", both);
    fixtures.setStatus(leaving.id, ArticleStatus.PUBLISHED);
    Response again = conditional(listPath, "If-None-Match", one.header("ETag"));

    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.jsonPath().getList("items.id", Long.class)).containsExactly(kept.id);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.header("ETag")).isEqualTo(both);
  }

  @Test
  void shouldHonourIfModifiedSinceOnlyWhenNothingChangedSince() throws InterruptedException {
    Article french = stories.story(mark, published("fr", "Date")).in("fr");
    String path = ARTICLES + "/" + french.id;
    Response first = ok(path);
    Thread.sleep(1100);
    String now = httpDate(Instant.now());

    Response unchanged = conditional(path, "If-Modified-Since", now);
    Response older = conditional(path, "If-Modified-Since", httpDate(Instant.EPOCH));
    fixtures.setStatus(french.id, ArticleStatus.PUBLISHED);
    Response afterAChange = conditional(path, "If-Modified-Since", now);

    assertThat(first.header("Last-Modified")).isNotNull();
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(older.statusCode()).isEqualTo(200);
    assertThat(afterAChange.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldGiveCommentsAnEtagAnd304() {
    long article = stories.story(mark, published("fr", "Commentaires")).in("fr").id;
    String path = ARTICLES + "/" + article + "/comments";
    Response first = ok(path);

    Response again = conditional(path, "If-None-Match", first.header("ETag"));

    assertThat(first.header("ETag")).isNotNull();
    assertThat(first.header("Link")).contains("rel=\"first\"", "rel=\"last\"");
    assertThat(again.statusCode()).isEqualTo(304);
  }
}
