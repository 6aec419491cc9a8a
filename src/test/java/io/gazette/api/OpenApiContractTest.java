package io.gazette.api;

import static io.gazette.Fixtures.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.article.ApiStories;
import io.gazette.media.MediaFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document at {@code /q/openapi} against the answers themselves: a representative set of public
 * and admin reads, called on fixtures, must match the JSON Schema of their documented 200
 * (networknt's validator, 2020-12), so an undeclared null, a wrong type or a missing required field
 * fails. {@link OpenApiDocumentTest} checks the document's promises about itself.
 */
@QuarkusTest
class OpenApiContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject ApiStories stories;
  @Inject MediaFixtures media;
  @Inject Fixtures fixtures;
  @Inject ContractFixtures changes;

  private JsonNode document;
  private OpenApiSchemas schemas;

  @BeforeEach
  void fetch() throws Exception {
    document = JSON.readTree(given().get("/q/openapi?format=json").then().extract().asString());
    schemas = new OpenApiSchemas(document);
  }

  @Test
  void shouldAnswerPublicReadsAsTheirSchemasSay() {
    String cursor = endOfChanges();
    String mark = Fixtures.mark();
    var pictured = stories.story(mark, published("fr", "Contrat"), published("en", "Contract"));
    media.lead(pictured.storyId(), media.asset(1400, 700, MediaFixtures.bilingual(mark)));
    var plain = stories.story(mark, published("fr", "Sans photo"), published("en", "Withdrawn"));
    changes.dropStandfirst(plain.in("fr").id);
    changes.unpublish(plain.in("en").id);
    String fr = "/api/v1/articles/";

    matches("/api/v1/articles", "/api/v1/articles?lang=fr&tag=" + ApiStories.tagSlug(mark, "fr"));
    matches(fr + "{id}", fr + pictured.in("fr").id);
    matches(fr + "{id}", fr + pictured.in("en").id);
    matches(fr + "{id}", fr + plain.in("fr").id);
    matches(fr + "by-slug/{lang}/{slug}", fr + "by-slug/fr/" + plain.in("fr").slug);
    matches("/api/v1/home", "/api/v1/home?lang=fr");
    matches("/api/v1/home", "/api/v1/home?lang=en");
    for (String labels : List.of("sections", "tags", "authors")) {
      matches("/api/v1/" + labels, "/api/v1/" + labels + "?lang=fr");
    }
    matches("/api/v1/languages", "/api/v1/languages");
    matches("/api/v1/changes", "/api/v1/changes");
    JsonNode recent = matches("/api/v1/changes", "/api/v1/changes?since=" + cursor);
    assertThat(recent.findValuesAsText("type")).contains("upsert", "delete");
    matches(fr + "{id}/comments", fr + pictured.in("fr").id + "/comments");
  }

  @Test
  void shouldAnswerAdminReadsAsTheirSchemasSay() {
    String mark = Fixtures.mark();
    var story = stories.story(mark, published("fr", "Rédaction"), published("en", "Newsroom"));
    long asset = media.asset(1400, 700, MediaFixtures.bilingual(mark));
    media.lead(story.storyId(), asset);
    ApiToken admin = ApiToken.of(fixtures.member(Role.ADMIN));
    String articles = "/api/admin/v1/articles";
    long id = story.in("en").id;

    matches(admin.request(), articles, articles + "?lang=en");
    matches(admin.request(), articles + "/{id}", articles + "/" + id);
    matches(admin.request(), articles + "/{id}/revisions", articles + "/" + id + "/revisions");
    JsonNode comments =
        matches(
            admin.request(), "/api/admin/v1/comments", "/api/admin/v1/comments?status=approved");
    assertThat(comments.path("items")).isNotEmpty();
    matches(admin.request(), "/api/admin/v1/media/{id}", "/api/admin/v1/media/" + asset);
    matches(admin.request(), "/api/admin/v1/webhooks", "/api/admin/v1/webhooks");
  }

  @Test
  void shouldRefuseAnAnswerWithAnUndeclaredNullAWrongTypeOrAMissingField() {
    String mark = Fixtures.mark();
    var story = stories.story(mark, published("fr", "Contre-exemple"));
    ObjectNode good = article(story.in("fr").id);
    Schema schema = schemas.component("Article");
    assertThat(OpenApiSchemas.errors(schema, good)).isEmpty();

    assertThat(OpenApiSchemas.errors(schema, good.deepCopy().putNull("title")))
        .as("null where the schema has no null")
        .isNotEmpty();
    assertThat(OpenApiSchemas.errors(schema, good.deepCopy().put("id", "12")))
        .as("a string for an integer")
        .isNotEmpty();
    ObjectNode missing = good.deepCopy();
    missing.remove("slug");
    assertThat(OpenApiSchemas.errors(schema, missing)).as("no slug").isNotEmpty();
    ObjectNode badTag = good.deepCopy();
    ((ArrayNode) badTag.withArray("tags")).addObject().putNull("name").put("slug", "x");
    assertThat(OpenApiSchemas.errors(schema, badTag)).as("a null deep in a list").isNotEmpty();
    assertThat(OpenApiSchemas.errors(schema, good.deepCopy().putNull("standfirst")))
        .as("standfirst is declared nullable")
        .isEmpty();
  }

  private static ObjectNode article(long id) {
    return (ObjectNode) read(given(), "/api/v1/articles/" + id);
  }

  /** The cursor after the last change recorded so far. */
  private static String endOfChanges() {
    String cursor = null;
    while (true) {
      String uri = "/api/v1/changes?limit=500" + (cursor == null ? "" : "&since=" + cursor);
      JsonNode page = read(given(), uri);
      cursor = page.path("next").asText();
      if (page.path("items").isEmpty()) {
        return cursor;
      }
    }
  }

  private JsonNode matches(String template, String uri) {
    return matches(given(), template, uri);
  }

  /**
   * The answer to {@code GET uri}, checked against the 200 of the operation at {@code template}.
   */
  private JsonNode matches(RequestSpecification request, String template, String uri) {
    JsonNode answer = read(request, uri);
    assertThat(OpenApiSchemas.errors(schemas.response("GET", template, 200), answer))
        .as("GET " + uri + " against GET " + template + ": " + abbreviated(answer))
        .isEmpty();
    return answer;
  }

  private static String abbreviated(JsonNode answer) {
    String text = answer.toString();
    return text.length() <= 400 ? text : text.substring(0, 400) + "...";
  }

  private static JsonNode read(RequestSpecification request, String uri) {
    String body =
        request
            .accept("application/json")
            .when()
            .get(uri)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return JSON.readTree(body);
    } catch (Exception unreadable) {
      throw new AssertionError(uri + " answered no JSON: " + body, unreadable);
    }
  }
}
