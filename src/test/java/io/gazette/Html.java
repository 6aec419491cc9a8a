package io.gazette;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches reader pages and parses them with jsoup. */
public final class Html {

  private Html() {}

  /** The page at {@code path}, which must answer 200. */
  public static Document page(String path) {
    return parse(
        given()
            .redirects()
            .follow(false)
            .when()
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  public static Document parse(Response response) {
    return Jsoup.parse(response.asString(), "http://localhost/");
  }
}
