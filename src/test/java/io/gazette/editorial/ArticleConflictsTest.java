package io.gazette.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Race;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.api.CreatedStories;
import io.gazette.story.ArticleRevision;
import io.gazette.taxonomy.Section;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin API under real parallel requests: races end in 4xx answers, never a 500. */
@QuarkusTest
class ArticleConflictsTest {

  private static final String ARTICLES = "/api/admin/v1/articles";

  @Inject Fixtures fixtures;
  @Inject CreatedStories stories;

  @AfterEach
  void deleteStories() {
    stories.deleteAll();
  }

  @Transactional
  long anySection() {
    return Section.<Section>findAll().firstResult().id;
  }

  @Transactional
  long revisions(long articleId) {
    return ArticleRevision.count("article.id", articleId);
  }

  private String json(String title) {
    return "{\"lang\":\"fr\",\"title\":\""
        + title
        + "\",\"bodyHtml\":\"<p>Texte</p>\","
        + "\"sectionId\":"
        + anySection()
        + "}";
  }

  private static HttpRequest.Builder api(ApiToken token, String path) {
    return Race.to(path)
        .header("Authorization", "Bearer " + token.token())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
  }

  @Test
  void shouldSaveOneOfAHundredSameVersionPutsAndRefuseTheOthers() throws Exception {
    ApiToken editor = ApiToken.of(fixtures.member(Role.EDITOR));
    var created = editor.request().body(json("Course " + Fixtures.mark())).post(ARTICLES);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    stories.track(created.jsonPath().getLong("storyId"));
    long id = created.jsonPath().getLong("id");
    String etag = created.header("ETag");
    long before = revisions(id);

    var answers =
        Race.run(
            100,
            i ->
                api(editor, ARTICLES + "/" + id)
                    .header("If-Match", etag)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Version " + i + "\"}"))
                    .build());

    var statuses = Race.statuses(answers);
    assertThat(statuses).as(Race.describe(answers)).containsEntry(200, 1L);
    assertThat(statuses.keySet())
        .as(Race.describe(answers))
        .allMatch(s -> s == 200 || s == 412 || s == 409);
    for (var refused : answers.stream().filter(r -> r.statusCode() != 200).toList()) {
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
    assertThat(revisions(id)).isEqualTo(before + 1);
  }

  @Test
  void shouldGiveTenConcurrentSameTitleCreatesTheirOwnSlugs() throws Exception {
    ApiToken editor = ApiToken.of(fixtures.member(Role.EDITOR));
    String title = "Même titre " + Fixtures.mark();

    var answers =
        Race.run(
            10,
            i ->
                api(editor, ARTICLES)
                    .POST(HttpRequest.BodyPublishers.ofString(json(title)))
                    .build());

    Set<String> slugs = new HashSet<>();
    for (HttpResponse<String> answer : answers) {
      if (answer.statusCode() == 201) {
        JsonPath created = JsonPath.from(answer.body());
        stories.track(created.getLong("storyId"));
        slugs.add(created.getString("slug"));
      }
    }
    assertThat(Race.statuses(answers)).as(Race.describe(answers)).isEqualTo(Map.of(201, 10L));
    assertThat(slugs).hasSize(10);
  }
}
