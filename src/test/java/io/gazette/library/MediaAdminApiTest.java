package io.gazette.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.media.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The media library through the admin API: upload, texts, a story's lead, deletion, refusals. */
@QuarkusTest
class MediaAdminApiTest {

  @Inject Fixtures fixtures;

  private String bearer() {
    return "Bearer " + ApiToken.of(fixtures.member(Role.EDITOR)).token();
  }

  @Test
  void shouldUploadDescribeLeadAndDeleteAPicture() {
    String auth = bearer();
    JsonPath created =
        RestAssured.given()
            .header("Authorization", auth)
            .multiPart("file", "phone.jpg", TestImages.phonePhoto(1800, 1200), "image/jpeg")
            .when()
            .post("/api/admin/v1/media")
            .then()
            .statusCode(201)
            .header("Location", startsWith("http"))
            .body("type", equalTo("image/jpeg"))
            .body("width", equalTo(1200))
            .extract()
            .jsonPath();
    long id = created.getLong("id");
    for (String url : created.<String>getList("renditions.url")) {
      byte[] served =
          RestAssured.given().when().get(url).then().statusCode(200).extract().asByteArray();
      assertThat(TestImages.contains(served, TestImages.GPS_MARK)).as(url).isFalse();
    }

    RestAssured.given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body(
            Map.of(
                "version",
                created.getInt("version"),
                "texts",
                Map.of("fr", Map.of("alt", "Un quai", "caption", "", "credit", "Gazette"))))
        .when()
        .patch("/api/admin/v1/media/" + id)
        .then()
        .statusCode(200)
        .body("texts.fr.alt", equalTo("Un quai"));
    RestAssured.given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body(
            Map.of("version", created.getInt("version"), "texts", Map.of("fr", Map.of("alt", "x"))))
        .when()
        .patch("/api/admin/v1/media/" + id)
        .then()
        .statusCode(412)
        .body("type", endsWith("/version-mismatch"));

    var story =
        fixtures.story("Monde", List.of(), Fixtures.published("fr", "Un quai " + Fixtures.mark()));
    RestAssured.given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body(Map.of("mediaId", id))
        .when()
        .put("/api/admin/v1/stories/" + story.storyId() + "/lead-image")
        .then()
        .statusCode(204);
    RestAssured.given()
        .header("Authorization", auth)
        .when()
        .delete("/api/admin/v1/media/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", endsWith("/media-in-use"));
    RestAssured.given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body("{\"mediaId\": null}")
        .when()
        .put("/api/admin/v1/stories/" + story.storyId() + "/lead-image")
        .then()
        .statusCode(204);
    RestAssured.given()
        .header("Authorization", auth)
        .when()
        .delete("/api/admin/v1/media/" + id)
        .then()
        .statusCode(204);
    RestAssured.given()
        .header("Authorization", auth)
        .when()
        .get("/api/admin/v1/media/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRefuseWhatIsNoPictureAsAProblem() {
    RestAssured.given()
        .header("Authorization", bearer())
        .multiPart("file", "page.png", "<html></html>".getBytes(), "image/png")
        .when()
        .post("/api/admin/v1/media")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", endsWith("/media-refused"))
        .body("detail", equalTo("Refused: not-an-image."));
  }
}
