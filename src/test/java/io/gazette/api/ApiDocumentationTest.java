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
        Map.of(
            ADMIN + "/tokens", List.of("post"),
            ADMIN + "/tokens/current", List.of("delete"),
            ADMIN + "/articles", List.of("get", "post"),
            ADMIN + "/articles/{id}", List.of("get", "put"),
            ADMIN + "/articles/{id}/publish", List.of("post"),
            ADMIN + "/articles/{id}/unpublish", List.of("post"),
            ADMIN + "/articles/{id}/submit", List.of("post"),
            ADMIN + "/articles/{id}/translations", List.of("post"),
            ADMIN + "/articles/{id}/revisions", List.of("get"));
    operations.forEach(
        (path, methods) ->
            methods.forEach(
                method -> {
                  assertThat(operation(path, method).get("summary")).isNotNull();
                  assertThat((List<?>) operation(path, method).get("tags")).hasSize(1);
                }));
    assertThat(document.getList("tags.name")).contains("Articles", "Tokens");
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
