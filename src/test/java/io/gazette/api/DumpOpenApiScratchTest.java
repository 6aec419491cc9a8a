package io.gazette.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DumpOpenApiScratchTest {
  @Test
  void dump() throws Exception {
    Files.writeString(
        Path.of("/tmp/api5-openapi.json"),
        given().queryParam("format", "json").get("/q/openapi").asString());
    Files.writeString(
        Path.of("/tmp/api5-detail.json"),
        given()
            .get(
                "/api/v1/articles/by-slug/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent")
            .asString());
    Files.writeString(Path.of("/tmp/api5-home.json"), given().get("/api/v1/home").asString());
  }
}
