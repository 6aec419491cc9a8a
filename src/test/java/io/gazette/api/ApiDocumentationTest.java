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
    assertThat(document.getList("paths.'" + ADMIN + "/tokens'.post.security")).isEmpty();
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
    assertThat(document.getList(comments + ".post.security")).isEmpty();
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
  void shouldDocumentEveryPublicReadWithItsCachingAndProblems() {
    List<String> reads =
        List.of(
            "/languages",
            "/articles",
            "/articles/{id}",
            "/articles/by-slug/{lang}/{slug}",
            "/home",
            "/sections",
            "/tags",
            "/authors",
            "/articles/{id}/comments");
    for (String path : reads) {
      String get = "paths.'" + PUBLIC + path + "'.get";
      assertThat(operation(PUBLIC + path, "get").get("summary")).as(path).isNotNull();
      assertThat(document.getList(get + ".tags")).as(path).hasSize(1);
      assertThat(document.getList(get + ".security")).as(path).isEmpty();
      assertThat(document.getMap(get + ".responses.'200'.content.'application/json'.schema"))
          .as(path)
          .containsKey("$ref");
      assertThat(document.getMap(get + ".responses.'200'.headers"))
          .as(path)
          .containsKeys("ETag", "Cache-Control", "Last-Modified", "Content-Language");
      assertThat(document.getMap(get + ".responses.'304'")).as(path).containsKey("description");
      assertThat(document.getMap(get + ".responses.'400'.content"))
          .as(path)
          .containsKey("application/problem+json");
      assertThat(document.getList(get + ".parameters.name", String.class))
          .as(path)
          .contains("If-None-Match", "If-Modified-Since");
      assertThat(document.getMap(get + ".responses").toString()).doesNotContain("x-gazette");
      if (path.contains("{")) {
        assertThat(document.getMap(get + ".responses.'404'.content"))
            .as(path)
            .containsKey("application/problem+json");
      }
    }
    assertThat(document.getList("tags.name")).contains("Reading", "Site");
  }

  @Test
  void shouldDescribePublicParametersWithSchemasAndExamples() {
    String list = "paths.'" + PUBLIC + "/articles'.get";
    List<Map<String, Object>> parameters = document.getList(list + ".parameters");
    assertThat(parameters)
        .extracting(p -> p.get("name"))
        .contains("lang", "section", "tag", "author", "mustRead", "page", "size");
    assertThat(parameters)
        .filteredOn(p -> "query".equals(p.get("in")))
        .allSatisfy(p -> assertThat(p).containsKeys("description", "schema"));
    assertThat(parameters)
        .filteredOn(p -> List.of("lang", "section", "tag", "author").contains(p.get("name")))
        .allSatisfy(p -> assertThat(p).containsKey("example"));
    assertThat(document.getMap(list + ".responses.'200'.headers")).containsKey("Link");
    assertThat(document.getMap("paths.'" + PUBLIC + "/articles/{id}'.get.parameters[0]"))
        .containsEntry("name", "id")
        .containsKey("example");
  }

  @Test
  void shouldDescribePublicSchemasWithTheFieldsOfTheSpecAndExamples() {
    String schemas = "components.schemas.";
    assertThat(document.getList(schemas + "Article.required", String.class))
        .contains("id", "storyId", "lang", "slug", "url", "title", "standfirst", "publishedAt")
        .contains("section", "tags");
    assertThat(document.getList(schemas + "ArticleDetail.required", String.class))
        .contains("bodyHtml", "author", "updatedAt", "translations", "related", "commentCount")
        .contains("mustRead", "readingMinutes");
    assertThat(document.getMap(schemas + "Translation.properties"))
        .containsOnlyKeys("lang", "id", "title", "url");
    assertThat(document.getMap(schemas + "Language.properties"))
        .containsOnlyKeys("code", "name", "dir", "default");
    assertThat(document.getMap(schemas + "Home.properties"))
        .containsOnlyKeys("lang", "top", "latest", "mustRead", "sections");
    assertThat(document.getList(schemas + "ListEnvelopeArticleJson.required", String.class))
        .containsExactlyInAnyOrder("items", "meta");
    for (String schema : List.of("Article", "Language", "Section", "Tag", "Author", "Label")) {
      Map<String, Map<String, Object>> properties =
          document.getMap(schemas + schema + ".properties");
      assertThat(properties.get("slug") == null ? properties.get("code") : properties.get("slug"))
          .as(schema)
          .containsKey("examples");
    }
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
