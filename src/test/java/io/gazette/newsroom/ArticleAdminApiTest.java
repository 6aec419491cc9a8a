package io.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.api.CreatedStories;
import io.gazette.taxonomy.Section;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleAdminApiTest {

  private static final String ARTICLES = "/api/admin/v1/articles";
  private static final String REPEATED = "<p>Ce paragraphe est imprimé deux fois par erreur.</p>";

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

  private ApiToken token(Role role) {
    return ApiToken.of(fixtures.member(role));
  }

  private Map<String, Object> article(String lang, String title, String body) {
    Map<String, Object> json = new HashMap<>();
    json.put("lang", lang);
    json.put("title", title + " " + Fixtures.mark());
    json.put("standfirst", "A standfirst");
    json.put("bodyHtml", body);
    json.put("sectionId", anySection());
    json.put("tags", List.of("Harbour"));
    return json;
  }

  private Response create(ApiToken token, Map<String, Object> article) {
    Response created = token.request().body(article).when().post(ARTICLES);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    stories.track(created.jsonPath().getLong("storyId"));
    return created;
  }

  private static long id(Response article) {
    return article.jsonPath().getLong("id");
  }

  /** A POST with neither body nor Content-Type, as {@code curl -X POST} sends it. */
  private static HttpResponse<String> bare(ApiToken token, String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
            .header("Authorization", "Bearer " + token.token())
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(Response response, int status, String type) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("type"))
        .isEqualTo("https://gazette.example/problems/" + type);
  }

  @Test
  void shouldCreateDraftWithLocationEtagAndAbsoluteUrl() {
    ApiToken author = token(Role.AUTHOR);
    Response created = create(author, article("fr", "Le port", "<p>Texte</p>"));

    long id = id(created);
    assertThat(created.header("Location")).endsWith(ARTICLES + "/" + id);
    assertThat(created.header("ETag"))
        .isEqualTo("\"" + created.jsonPath().getInt("version") + "\"");
    assertThat(created.jsonPath().getString("status")).isEqualTo("draft");
    assertThat(created.jsonPath().getString("url"))
        .matches("https?://[^/]+(:\\d+)?/fr/" + created.jsonPath().getString("slug"));
    assertThat(created.jsonPath().getList("tags")).containsExactly("Harbour");
    assertThat(created.jsonPath().getBoolean("outdated")).isFalse();
    Response read = author.request().when().get(ARTICLES + "/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
  }

  @Test
  void shouldNameEachInvalidField() {
    Map<String, Object> invalid = article("fr", "x", "<p>Texte</p>");
    invalid.put("title", " ");
    invalid.put("sectionId", -1);

    Response refused = token(Role.EDITOR).request().body(invalid).when().post(ARTICLES);

    assertProblem(refused, 400, "invalid-fields");
    assertThat(refused.jsonPath().getList("errors.field")).contains("title", "sectionId");
  }

  @Test
  void shouldApplyTheUiRoleRules() {
    ApiToken author = token(Role.AUTHOR);
    long own = id(create(author, article("fr", "Le mien", "<p>Texte</p>")));
    ApiToken otherAuthor = token(Role.AUTHOR);
    ApiToken moderator = token(Role.MODERATOR);

    assertProblem(
        author.request().when().post(ARTICLES + "/" + own + "/publish"), 403, "forbidden");
    assertProblem(otherAuthor.request().when().get(ARTICLES + "/" + own), 403, "forbidden");
    assertProblem(moderator.request().when().get(ARTICLES), 403, "forbidden");
    assertProblem(moderator.request().when().get(ARTICLES + "/" + own), 403, "forbidden");
    assertProblem(
        moderator.request().body(article("fr", "Non", "<p>x</p>")).when().post(ARTICLES),
        403,
        "forbidden");
    assertThat(otherAuthor.request().when().get(ARTICLES).jsonPath().getList("items.id"))
        .doesNotContain((int) own);
    assertThat(author.request().when().get(ARTICLES).jsonPath().getList("items.id"))
        .contains((int) own);
  }

  @Test
  void shouldLetAuthorSubmitOnceThenAnswerWrongState() {
    ApiToken author = token(Role.AUTHOR);
    long id = id(create(author, article("fr", "À relire", "<p>Texte</p>")));

    Response submitted = author.request().when().post(ARTICLES + "/" + id + "/submit");
    assertThat(submitted.statusCode()).isEqualTo(200);
    assertThat(submitted.jsonPath().getString("status")).isEqualTo("review");

    assertProblem(
        author.request().when().post(ARTICLES + "/" + id + "/submit"), 409, "wrong-state");
  }

  @Test
  void shouldGuardChangesWithIfMatch() {
    ApiToken editor = token(Role.EDITOR);
    Response created = create(editor, article("en", "Guarded", "<p>One</p>"));
    String url = ARTICLES + "/" + id(created);
    int version = created.jsonPath().getInt("version");
    Map<String, Object> change = Map.of("bodyHtml", "<p>Two</p>");

    assertProblem(editor.request().body(change).when().put(url), 428, "precondition-required");

    Response saved =
        editor.request().header("If-Match", "\"" + version + "\"").body(change).when().put(url);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.jsonPath().getString("bodyHtml")).isEqualTo("<p>Two</p>");
    assertThat(saved.jsonPath().getString("title"))
        .isEqualTo(created.jsonPath().getString("title"));
    int newVersion = saved.jsonPath().getInt("version");
    assertThat(newVersion).isNotEqualTo(version);
    assertThat(saved.header("ETag")).isEqualTo("\"" + newVersion + "\"");

    Response stale =
        editor
            .request()
            .header("If-Match", String.valueOf(version))
            .body(Map.of("bodyHtml", "<p>Three</p>"))
            .when()
            .put(url);
    assertProblem(stale, 412, "version-mismatch");
    assertThat(stale.jsonPath().getInt("currentVersion")).isEqualTo(newVersion);
    assertThat(editor.request().when().get(url).jsonPath().getString("bodyHtml"))
        .isEqualTo("<p>Two</p>");

    Response weak =
        editor
            .request()
            .header("If-Match", "W/\"" + newVersion + "\"")
            .body(Map.of("bodyHtml", "<p>Four</p>"))
            .when()
            .put(url);
    assertThat(weak.statusCode()).isEqualTo(200);
    assertProblem(
        editor.request().header("If-Match", "*").body(change).when().put(url),
        400,
        "invalid-parameter");
  }

  @Test
  void shouldBlockRepeatedParagraphsUntilOverridden() throws Exception {
    ApiToken editor = token(Role.EDITOR);
    long id = id(create(editor, article("fr", "Doublon", REPEATED + REPEATED)));
    String publish = ARTICLES + "/" + id + "/publish";

    // A bare POST, with neither body nor Content-Type, is a publish with the current version.
    HttpResponse<String> bare = bare(editor, publish);
    assertThat(bare.statusCode()).as(bare.body()).isEqualTo(409);
    Response blocked = editor.request().when().post(publish);
    assertProblem(blocked, 409, "publish-blocked");
    assertThat(blocked.jsonPath().getList("checks.kind")).contains("REPEATED_PARAGRAPH");
    assertThat(editor.request().when().get(ARTICLES + "/" + id).jsonPath().getString("status"))
        .isEqualTo("draft");

    Response published = editor.request().body(Map.of("override", true)).when().post(publish);
    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(published.jsonPath().getString("status")).isEqualTo("published");
    assertThat(published.jsonPath().getString("publishedAt")).isNotNull();

    HttpResponse<String> unpublished = bare(editor, ARTICLES + "/" + id + "/unpublish");
    assertThat(unpublished.statusCode()).isEqualTo(200);
    assertThat(unpublished.body()).contains("\"status\":\"unpublished\"");
    assertProblem(
        editor.request().body("{\"override\": ").post(ARTICLES + "/" + id + "/publish"),
        400,
        "malformed-json");
  }

  @Test
  void shouldRefuseStaleWorkflowStep() {
    ApiToken editor = token(Role.EDITOR);
    Response created = create(editor, article("en", "Stale step", "<p>Text</p>"));
    int version = created.jsonPath().getInt("version");

    Response stale =
        editor
            .request()
            .header("If-Match", "\"" + (version + 7) + "\"")
            .when()
            .post(ARTICLES + "/" + id(created) + "/publish");

    assertProblem(stale, 412, "version-mismatch");
    assertThat(stale.jsonPath().getInt("currentVersion")).isEqualTo(version);
  }

  @Test
  void shouldFlagTranslationOutdatedWhenPublishedSourceIsEdited() {
    ApiToken editor = token(Role.EDITOR);
    Map<String, Object> french = article("fr", "Source", "<p>Le premier paragraphe reste.</p>");
    french.put("mustRead", true);
    long sourceId = id(create(editor, french));
    Response source = editor.request().when().post(ARTICLES + "/" + sourceId + "/publish");
    assertThat(source.statusCode()).isEqualTo(200);

    Response translation =
        editor
            .request()
            .body(
                Map.of(
                    "lang", "en",
                    "title", "Translation " + Fixtures.mark(),
                    "standfirst", "Standfirst",
                    "bodyHtml", "<p>The first paragraph stays.</p>"))
            .when()
            .post(ARTICLES + "/" + sourceId + "/translations");
    assertThat(translation.statusCode()).as(translation.asString()).isEqualTo(201);
    assertThat(translation.jsonPath().getBoolean("outdated")).isFalse();
    assertThat(translation.jsonPath().getLong("sourceId")).isEqualTo(sourceId);
    assertThat(translation.jsonPath().getLong("storyId"))
        .isEqualTo(source.jsonPath().getLong("storyId"));
    assertThat(translation.jsonPath().getBoolean("mustRead")).isTrue();
    assertThat(translation.jsonPath().getLong("sectionId")).isEqualTo(anySection());

    editor
        .request()
        .header("If-Match", source.header("ETag"))
        .body(Map.of("bodyHtml", "<p>Le premier paragraphe a changé.</p>"))
        .when()
        .put(ARTICLES + "/" + sourceId)
        .then()
        .statusCode(200);

    String translationUrl = ARTICLES + "/" + id(translation);
    assertThat(editor.request().when().get(translationUrl).jsonPath().getBoolean("outdated"))
        .isTrue();
    assertProblem(
        editor
            .request()
            .body(Map.of("lang", "en", "title", "Again", "bodyHtml", "<p>x</p>"))
            .when()
            .post(ARTICLES + "/" + sourceId + "/translations"),
        400,
        "invalid-fields");
  }

  @Test
  void shouldListInTheEnvelopeAndRefuseOversizedPages() {
    ApiToken author = token(Role.AUTHOR);
    for (int i = 0; i < 3; i++) {
      create(author, article("fr", "Liste " + i, "<p>Texte</p>"));
    }

    Response page =
        author.request().queryParam("size", 2).queryParam("page", 2).when().get(ARTICLES);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.jsonPath().getList("items")).hasSize(1);
    assertThat(page.jsonPath().getMap("meta"))
        .containsEntry("page", 2)
        .containsEntry("size", 2)
        .containsEntry("total", 3)
        .containsEntry("pages", 2);

    Response tooBig = author.request().queryParam("size", 101).when().get(ARTICLES);
    assertProblem(tooBig, 400, "invalid-parameter");
    assertThat(tooBig.jsonPath().getList("errors.field")).containsExactly("size");
    assertThat(tooBig.jsonPath().getString("detail")).contains("size");
    assertProblem(
        author.request().queryParam("page", 0).when().get(ARTICLES), 400, "invalid-parameter");
    assertProblem(
        author.request().queryParam("status", "lost").when().get(ARTICLES),
        400,
        "invalid-parameter");
    Response drafts =
        author
            .request()
            .queryParam("status", "draft")
            .queryParam("lang", "fr")
            .when()
            .get(ARTICLES);
    assertThat(drafts.jsonPath().getInt("meta.total")).isEqualTo(3);
  }

  @Test
  void shouldListRevisionsNewestFirst() {
    ApiToken editor = token(Role.EDITOR);
    Response created = create(editor, article("en", "Revised", "<p>One</p>"));
    String url = ARTICLES + "/" + id(created);
    editor
        .request()
        .header("If-Match", created.header("ETag"))
        .body(Map.of("bodyHtml", "<p>Two</p>"))
        .when()
        .put(url)
        .then()
        .statusCode(200);

    Response revisions = editor.request().when().get(url + "/revisions");

    assertThat(revisions.statusCode()).isEqualTo(200);
    assertThat(revisions.jsonPath().getList("items.number")).containsExactly(2, 1);
    assertThat(revisions.jsonPath().getString("items[0].savedBy")).startsWith("editor-");
    assertThat(revisions.jsonPath().getString("items[0].savedAt")).isNotBlank();
    assertThat(revisions.jsonPath().getInt("meta.total")).isEqualTo(2);
  }
}
