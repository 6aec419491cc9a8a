package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Requests beyond the server's limits are the client's error: 4xx, explained, never a 500. */
@QuarkusTest
class RequestLimitsTest {

  private static final String SEED =
      "/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent";

  private static String fields(int count) {
    return IntStream.range(0, count).mapToObj(i -> "f" + i + "=x").collect(Collectors.joining("&"));
  }

  private static Response postForm(String path, String body) {
    return given()
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC.withCharset("UTF-8"))
        .header("Accept-Language", "fr")
        .body(body)
        .when()
        .post(path);
  }

  @Test
  void shouldRefuseAFormOfTooManyFieldsWithTheLocalizedPage() {
    for (String path : new String[] {"/admin/login", SEED + "/comments"}) {
      Response refused = postForm(path, fields(1100));
      assertThat(refused.statusCode()).as(path).isEqualTo(400);
      assertThat(refused.contentType()).isEqualTo("text/html;charset=UTF-8");
      assertThat(Html.parse(refused).selectFirst("h1").text())
          .isEqualTo("Cette adresse n’est pas valide");
    }
  }

  @Test
  void shouldRefuseDeeplyNestedJsonAsMalformed() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"A\",\"email\":\"a@b.mu\",\"body\":" + deep + "}")
        .when()
        .post("/api/v1/articles/1/comments")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.endsWith("/malformed-json"));
  }

  @Test
  void shouldRefuseHugeHeadersAndBodiesWithoutAServerError() throws IOException {
    int header = given().header("X-Big", "a".repeat(30_000)).when().get("/fr/").statusCode();
    assertThat(header).isEqualTo(431);
    assertThat(statusOfHugeBody()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
  }

  /** The answer to an 11 MB body, announced and asked to be allowed first, as curl does. */
  private static String statusOfHugeBody() throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /api/v1/articles/1/comments HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/json\r\nContent-Length: 11534336\r\n"
              + "Expect: 100-continue\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      var answer =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return answer.readLine();
    }
  }
}
