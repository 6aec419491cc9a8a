package io.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Calls to the public API for tests: as one app (a client address of its own), JSON, checked. */
public final class PublicApi {

  private PublicApi() {}

  /** A request from a new client address, not following redirects, checked for secrets. */
  public static RequestSpecification app() {
    var random = ThreadLocalRandom.current();
    String address =
        "2001:db8:a"
            + Integer.toHexString(random.nextInt(0x1000))
            + "::"
            + Long.toHexString(random.nextLong() & 0xffffffffL);
    return ApiToken.anonymous().header("X-Forwarded-For", address);
  }

  /** A GET answered 200 in JSON. */
  public static Response ok(String path) {
    Response response = app().when().get(path);
    assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    return response;
  }

  /** Checks a problem answer: its status, type and, when given, the parameter it names. */
  public static void assertProblem(Response response, int status, String type, String field) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
    assertThat(response.jsonPath().getString("type")).isEqualTo(ProblemType.BASE + type);
    if (field != null) {
      assertThat(response.jsonPath().getList("errors.field", String.class))
          .as(response.asString())
          .containsExactly(field);
    }
  }

  /** The ids of a list answer's items. */
  public static List<Long> ids(Response list) {
    return list.jsonPath().getList("items.id", Long.class);
  }

  /** The item of a list answer with this id. */
  public static Map<String, Object> item(Response list, long id) {
    List<Map<String, Object>> items = list.jsonPath().getList("items");
    return items.stream()
        .filter(item -> ((Number) item.get("id")).longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + id + " in " + list.asString()));
  }
}
