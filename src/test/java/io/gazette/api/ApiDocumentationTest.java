package io.gazette.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiDocumentationTest {

  private static final String ADMIN = "/api/admin/v1";
  private static final String PUBLIC = "/api/v1";

  private JsonPath document;

  @BeforeEach
  void fetch() {
    document =
        given()
            .queryParam("format", "json")
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
  }

  private Map<String, Object> operation(String path, String method) {
    Map<String, Object> operation = document.getMap("paths.'" + path + "'." + method);
    assertThat(operation).as(method + " " + path).isNotNull();
    return operation;
  }

  @Test
  void shouldDocumentEveryAdminOperationWithItsTag() {
    Map<String, List<String>> operations =
        Map.ofEntries(
            Map.entry(ADMIN + "/tokens", List.of("post")),
            Map.entry(ADMIN + "/tokens/current", List.of("delete")),
            Map.entry(ADMIN + "/articles", List.of("get", "post")),
            Map.entry(ADMIN + "/articles/{id}", List.of("get", "put")),
            Map.entry(ADMIN + "/articles/{id}/publish", List.of("post")),
            Map.entry(ADMIN + "/articles/{id}/unpublish", List.of("post")),
            Map.entry(ADMIN + "/articles/{id}/submit", List.of("post")),
            Map.entry(ADMIN + "/articles/{id}/translations", List.of("post")),
            Map.entry(ADMIN + "/articles/{id}/revisions", List.of("get")),
            Map.entry(ADMIN + "/comments", List.of("get")),
            Map.entry(ADMIN + "/comments/{id}", List.of("get", "delete")),
            Map.entry(ADMIN + "/comments/{id}/approve", List.of("post")),
            Map.entry(ADMIN + "/comments/{id}/spam", List.of("post")),
            Map.entry(ADMIN + "/comments/{id}/trash", List.of("post")),
            Map.entry(PUBLIC + "/articles/{id}/comments", List.of("get", "post")));
    operations.forEach(
        (path, methods) ->
            methods.forEach(
                method -> {
                  assertThat(operation(path, method).get("summary")).isNotNull();
                  assertThat((List<?>) operation(path, method).get("tags")).hasSize(1);
                }));
    assertThat(document.getList("tags.name"))
        .contains("Articles", "Tokens", "Moderation", "Comments");
  }

  @Test
  void shouldDescribeTheBearerSchemeAndRequireItOnArticles() {
    assertThat(document.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
    assertThat(document.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
    assertThat(document.getList("paths.'" + ADMIN + "/articles/{id}'.put.security.bearer"))
        .isNotNull();
    assertThat(document.getList("paths.'" + ADMIN + "/tokens'.post.security")).isNull();
  }

  @Test
  void shouldDescribeArticlesAndErrorsWithSchemasAndExamples() {
    assertThat(document.getMap("components.schemas.AdminArticle.properties"))
        .containsKeys("id", "storyId", "lang", "slug", "url", "status", "version", "title")
        .containsKeys("standfirst", "bodyHtml", "outdated", "sourceId", "revision", "updatedAt");
    assertThat(document.getMap("components.schemas.Problem.properties"))
        .containsKeys("type", "title", "status", "detail", "instance", "currentVersion");
    String put = "paths.'" + ADMIN + "/articles/{id}'.put.responses";
    assertThat(document.getMap(put + ".'412'.content")).containsKey("application/problem+json");
    assertThat(document.getMap(put + ".'428'.content")).containsKey("application/problem+json");
    assertThat(document.getMap(put + ".'200'.content")).containsKey("application/json");
    for (String path : List.of("/tokens", "/articles", "/articles/{id}/translations")) {
      assertThat(document.getMap("paths.'" + ADMIN + path + "'.post.requestBody"))
          .extracting(body -> body.toString())
          .asString()
          .contains("examples", "value");
    }
  }

  @Test
  void shouldDescribeCommentsWithSchemasExamplesAndProblems() {
    String comments = "paths.'" + PUBLIC + "/articles/{id}/comments'";
    assertThat(document.getList(comments + ".post.security")).isNull();
    assertThat(document.getMap(comments + ".post.requestBody").toString())
        .contains("CommentPost", "examples", "priya@example.mu");
    assertThat(document.getMap(comments + ".post.responses.'202'.content").toString())
        .contains("CommentAccepted", "pending");
    for (String code : List.of("400", "404", "409", "415", "429")) {
      assertThat(document.getMap(comments + ".post.responses.'" + code + "'.content"))
          .as(code)
          .containsKey("application/problem+json");
    }
    assertThat(document.getMap(comments + ".post.responses.'429'.headers"))
        .containsKey("Retry-After");
    assertThat(document.getMap("components.schemas.Comment.properties"))
        .containsOnlyKeys("id", "parentId", "name", "body", "createdAt", "staff");
    assertThat(document.getMap("components.schemas.CommentPost.properties"))
        .containsOnlyKeys("name", "email", "body", "parentId");
    assertThat(document.getMap("components.schemas.AdminComment.properties"))
        .containsKeys("id", "articleId", "lang", "articleTitle", "email", "body", "status")
        .containsKeys("heldReason", "clientAddress", "moderatedBy", "moderatedAt", "staff");
    String approve = "paths.'" + ADMIN + "/comments/{id}/approve'.post";
    assertThat(document.getList(approve + ".security.bearer")).isNotNull();
    assertThat(document.getMap(approve + ".responses.'403'.content"))
        .containsKey("application/problem+json");
    assertThat(document.getMap(approve + ".responses.'404'.content"))
        .containsKey("application/problem+json");
  }

  @Test
  void shouldLeaveHtmlPagesOutOfTheApiDocument() {
    Map<String, Object> paths = document.getMap("paths");
    assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"));
    assertThat(document.getMap("components.schemas")).doesNotContainKeys("TemplateInstance");
  }

  @Test
  void shouldServeSwaggerUi() {
    given().when().get("/q/swagger-ui/").then().statusCode(200);
  }
}
