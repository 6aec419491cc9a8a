package io.gazette.api;

import static io.gazette.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.Fixtures;
import io.gazette.article.ApiStories;
import io.gazette.comment.CommentFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every public operation of the OpenAPI document ({@code /api/v1/...}) and calls it the way
 * an app built from the document would: path parameters from a published fixture, a valid body for
 * each documented request schema. Each must answer 2xx, and its JSON must match the documented
 * schema. An operation the walker cannot fill in fails the test, so a new endpoint is never left
 * out silently.
 */
@QuarkusTest
class PublicApiContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TestHTTPResource("/")
  URI server;

  @Inject ApiStories stories;

  private Map<String, String> values;
  private Map<String, Supplier<Object>> bodies;

  @BeforeEach
  void fixture() {
    String mark = Fixtures.mark();
    var story = stories.story(mark, published("fr", "Contrat"), published("en", "Contract"));
    values =
        Map.of(
            "id",
            String.valueOf(story.in("fr").id),
            "lang",
            "fr",
            "slug",
            story.in("fr").slug,
            "section",
            ApiStories.sectionSlug(mark, "fr"),
            "tag",
            ApiStories.tagSlug(mark, "fr"),
            "author",
            "test-author",
            "page",
            "1",
            "size",
            "5");
    values = new java.util.HashMap<>(values);
    values.put("q", "contrat");
    bodies =
        Map.of("CommentPost", () -> CommentFixtures.comment("Contrat", "Avis " + Fixtures.mark()));
  }

  @Test
  void shouldAnswerEveryPublicOperationAsDocumented() throws Exception {
    JsonNode document = JSON.readTree(fetch("/q/openapi?format=json"));
    SchemaCheck schemas = new SchemaCheck(document);
    List<String> called = new ArrayList<>();

    var paths = document.path("paths").fields();
    while (paths.hasNext()) {
      var path = paths.next();
      if (!path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      var operations = path.getValue().fields();
      while (operations.hasNext()) {
        var operation = operations.next();
        String method = operation.getKey().toUpperCase();
        if (List.of("PARAMETERS", "SUMMARY", "DESCRIPTION", "SERVERS").contains(method)) {
          continue;
        }
        for (boolean filled : List.of(false, true)) {
          call(schemas, method, path.getKey(), operation.getValue(), filled);
        }
        called.add(method + " " + path.getKey());
      }
    }

    assertThat(called)
        .contains(
            "GET /api/v1/languages",
            "GET /api/v1/articles",
            "GET /api/v1/articles/{id}",
            "GET /api/v1/articles/by-slug/{lang}/{slug}",
            "GET /api/v1/home",
            "GET /api/v1/sections",
            "GET /api/v1/tags",
            "GET /api/v1/authors",
            "GET /api/v1/articles/{id}/comments",
            "POST /api/v1/articles/{id}/comments");
  }

  /** Calls one operation: with its required parameters only, or with every one it can fill. */
  private void call(
      SchemaCheck schemas, String method, String template, JsonNode operation, boolean filled)
      throws Exception {
    String name = method + " " + template;
    if (!List.of("GET", "POST").contains(method)) {
      fail(name + ": the public API is read-only but for comments; the walker cannot call it");
    }
    String target = template;
    List<String> query = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      String in = parameter.path("in").asText();
      String key = parameter.path("name").asText();
      boolean required = parameter.path("required").asBoolean();
      String value = values.get(key);
      if (in.equals("path")) {
        if (value == null) {
          fail(name + ": no value for the path parameter '" + key + "'");
        }
        target = target.replace("{" + key + "}", encode(value));
      } else if (in.equals("query") && (required || filled)) {
        if (value == null && required) {
          fail(name + ": no value for the required query parameter '" + key + "'");
        }
        if (value != null) {
          query.add(key + "=" + encode(value));
        }
      } else if (required) {
        fail(name + ": cannot send the required " + in + " parameter '" + key + "'");
      }
    }
    String uri = query.isEmpty() ? target : target + "?" + String.join("&", query);
    answer(schemas, name, method, uri, operation);
  }

  private void answer(
      SchemaCheck schemas, String name, String method, String uri, JsonNode operation)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.resolve(uri))
            .timeout(Duration.ofSeconds(10))
            .header("X-Forwarded-For", CommentFixtures.address());
    String accept = accepted(operation);
    request.header("Accept", accept);
    if (method.equals("POST")) {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body(name, schemas, operation)));
    }
    HttpResponse<InputStream> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream stream = response.body()) {
      int status = response.statusCode();
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("text/event-stream")) {
        assertThat(status).as(name + " " + uri).isEqualTo(200);
        return;
      }
      String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(status).as(name + " " + uri + ": " + text).isBetween(200, 299);
      JsonNode documented =
          operation.path("responses").path(String.valueOf(status)).path("content");
      if (type.startsWith("application/json")) {
        JsonNode schema = documented.path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as(name + ": documents its " + status).isFalse();
        schemas.check(name, JSON.readTree(text), schema);
      }
    }
  }

  private byte[] body(String name, SchemaCheck schemas, JsonNode operation) throws Exception {
    JsonNode schema =
        operation.path("requestBody").path("content").path("application/json").path("schema");
    String ref = schema.path("$ref").asText("");
    String schemaName = ref.substring(ref.lastIndexOf('/') + 1);
    Supplier<Object> body = bodies.get(schemaName);
    if (body == null) {
      fail(name + ": no valid body known for the request schema '" + schemaName + "'");
    }
    schemas.resolve(schema);
    return JSON.writeValueAsBytes(body.get());
  }

  /** What the operation's 2xx answer is documented in: JSON unless it streams events. */
  private static String accepted(JsonNode operation) {
    var responses = operation.path("responses").fields();
    while (responses.hasNext()) {
      var response = responses.next();
      if (response.getKey().startsWith("2")
          && response.getValue().path("content").has("text/event-stream")) {
        return "text/event-stream";
      }
    }
    return "application/json";
  }

  private String fetch(String path) throws Exception {
    var request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(10));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
