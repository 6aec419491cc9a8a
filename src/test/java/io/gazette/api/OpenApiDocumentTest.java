package io.gazette.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI document promises about itself: each operation named once by a camelCase
 * operationId, public operations open ({@code security: []}) and admin ones behind the bearer
 * scheme, a server and a licence.
 */
@QuarkusTest
class OpenApiDocumentTest {

  private JsonNode document;

  @BeforeEach
  void fetch() throws Exception {
    String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    document = new ObjectMapper().readTree(json);
  }

  @Test
  void shouldNameEachOperationOnceInCamelCase() {
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
        String name = operation.getKey() + " " + path.getKey();
        String id = operation.getValue().path("operationId").asText();
        assertThat(id).as(name).matches("[a-z][a-zA-Z0-9]*");
        assertThat(ids.add(id)).as(name + ": operationId " + id + " is taken").isTrue();
      }
    }
    assertThat(ids).hasSizeGreaterThan(30).contains("listArticles", "getArticle", "getHome");
  }

  @Test
  void shouldOpenPublicOperationsAndKeepAdminOnesBehindTheBearerScheme() {
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
        String name = operation.getKey() + " " + path.getKey();
        JsonNode security = operation.getValue().path("security");
        assertThat(security.isArray()).as(name + " declares its security").isTrue();
        boolean open =
            path.getKey().startsWith("/api/v1/") || path.getKey().equals("/api/admin/v1/tokens");
        if (open) {
          assertThat(security).as(name + " needs no credentials").isEmpty();
        } else {
          assertThat(security.path(0).has("bearer")).as(name + " needs the token").isTrue();
        }
      }
    }
  }

  @Test
  void shouldNameItsServerAndLicence() {
    assertThat(document.path("servers").path(0).path("url").asText()).isEqualTo("/");
    JsonNode licence = document.path("info").path("license");
    assertThat(licence.path("name").asText()).isEqualTo(ApiDocumentInfo.LICENCE_NAME);
    assertThat(licence.path("identifier").asText()).startsWith("LicenseRef-");
  }

  /** The operations of a path item: its entries that have responses. */
  private static Iterable<Map.Entry<String, JsonNode>> operations(JsonNode item) {
    return item.properties().stream().filter(entry -> entry.getValue().has("responses")).toList();
  }
}
