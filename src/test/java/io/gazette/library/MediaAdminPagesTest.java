package io.gazette.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.media.MediaAsset;
import io.gazette.media.TestImages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The media library as editors, authors and moderators use it, and what readers are served. */
@QuarkusTest
class MediaAdminPagesTest {

  @Inject Fixtures fixtures;

  private AdminSession editor() {
    return AdminSession.signIn(fixtures.member(Role.EDITOR).username(), Fixtures.PASSWORD);
  }

  private static Response upload(AdminSession session, String name, byte[] bytes, String type) {
    return session
        .request()
        .multiPart("csrf", session.csrf())
        .multiPart("file", name, bytes, type)
        .when()
        .post("/admin/media");
  }

  private static long uploaded(AdminSession session, String name) {
    Response answer = upload(session, name, TestImages.picture(1400, 700, "jpg"), "image/jpeg");
    assertThat(answer.statusCode()).isEqualTo(303);
    String location = answer.header("Location");
    return Long.parseLong(location.replaceAll(".*/admin/media/(\\d+).*", "$1"));
  }

  private static long assets() {
    return QuarkusTransaction.requiringNew().call(() -> MediaAsset.count());
  }

  @Test
  void shouldTakeAPictureInAndKeepItsTextsPerLanguage() {
    AdminSession session = editor();
    long id = uploaded(session, "port-louis.jpg");
    Document page = Jsoup.parse(session.request().get("/admin/media/" + id).asString());
    String version = page.select("input[name=version]").val();

    session
        .form()
        .formParam("version", version)
        .formParam("lang", "fr", "en")
        .formParam("alt", "Le port au lever du jour", "The harbour at dawn")
        .formParam("caption", "Port-Louis, tôt le matin.", "Port Louis, early.")
        .formParam("credit", "Photo : Gazette", "Photo: Gazette")
        .post("/admin/media/" + id)
        .then()
        .statusCode(303);

    Document saved = Jsoup.parse(session.request().get("/admin/media/" + id).asString());
    assertThat(saved.select("#alt-fr").text()).isEqualTo("Le port au lever du jour");
    assertThat(saved.select("#alt-en").text()).isEqualTo("The harbour at dawn");
    Document found =
        Jsoup.parse(
            session.request().queryParam("q", "TÔT le MATIN").get("/admin/media").asString());
    assertThat(found.select("#media-" + id)).hasSize(1);
  }

  @Test
  void shouldRefuseWhatIsNoPictureWithTheMessageAndStoreNothing() {
    AdminSession session = editor();
    long before = assets();
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

    Response refused = upload(session, "photo.png", html, "image/png");
    Response drawing = upload(session, "logo.svg", svg, "image/svg+xml");
    Response broken = upload(session, "cut.jpg", TestImages.truncatedJpeg(), "image/jpeg");
    Response bomb = upload(session, "bomb.png", TestImages.pixelBomb(), "image/png");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.asString()).select(".form-error li").text())
        .contains("n’est pas une image");
    assertThat(drawing.asString()).contains("SVG");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(bomb.asString()).contains("millions de pixels");
    assertThat(assets()).isEqualTo(before);
  }

  @Test
  void shouldStoreAPngNamedJpgAsThePngItIs() {
    AdminSession session = editor();
    Response answer =
        upload(session, "vraiment.jpg", TestImages.picture(300, 200, "png"), "image/jpeg");
    long id = Long.parseLong(answer.header("Location").replaceAll(".*/admin/media/(\\d+).*", "$1"));

    String kind =
        QuarkusTransaction.requiringNew()
            .call(() -> MediaAsset.<MediaAsset>findById(id).kind.name());
    assertThat(kind).isEqualTo("PNG");
  }

  @Test
  void shouldRefuseUploadsToModeratorsAndWithoutTheToken() {
    AdminSession moderator =
        AdminSession.signIn(fixtures.member(Role.MODERATOR).username(), Fixtures.PASSWORD);
    AdminSession session = editor();
    byte[] picture = TestImages.picture(100, 100, "jpg");

    assertThat(upload(moderator, "x.jpg", picture, "image/jpeg").statusCode()).isEqualTo(403);
    session
        .request()
        .multiPart("file", "x.jpg", picture, "image/jpeg")
        .when()
        .post("/admin/media")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldServeRenditionsImmutablyWithoutSniffingAndInRanges() {
    AdminSession session = editor();
    long id = uploaded(session, "served.jpg");
    String src =
        Jsoup.parse(session.request().get("/admin/media/" + id).asString())
            .select(".media-preview img")
            .attr("src");

    Response served = given().when().get(src);
    served
        .then()
        .statusCode(200)
        .contentType("image/jpeg")
        .header("Cache-Control", "public, max-age=31536000, immutable")
        .header("X-Content-Type-Options", "nosniff");
    String etag = served.header("ETag");
    given().header("If-None-Match", etag).when().get(src).then().statusCode(304);
    given()
        .header("Range", "bytes=0-9")
        .when()
        .get(src)
        .then()
        .statusCode(206)
        .header("Content-Range", containsString("bytes 0-9/"))
        .header("Content-Length", equalTo("10"));
    given().when().get("/media/" + "0".repeat(32) + ".jpg").then().statusCode(404);
    given().when().get("/media/../../etc/passwd").then().statusCode(404);
  }

  @Test
  void shouldRefuseToDeleteAPictureAStoryUsesAndListTheStory() {
    AdminSession session = editor();
    long id = uploaded(session, "lead.jpg");
    var story =
        fixtures.story(
            "World", List.of(), Fixtures.published("fr", "Une photo " + Fixtures.mark()));
    long articleId = story.in("fr").id;
    session
        .form()
        .formParam("article", articleId)
        .formParam("media", id)
        .post("/admin/media/lead")
        .then()
        .statusCode(303);

    Response refused = session.form().post("/admin/media/" + id + "/delete");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(Jsoup.parse(refused.asString()).select(".media-uses a").attr("href"))
        .isEqualTo("/admin/articles/" + articleId);
    session.form().formParam("article", articleId).post("/admin/media/lead").then().statusCode(303);
    session.form().post("/admin/media/" + id + "/delete").then().statusCode(303);
    session.request().get("/admin/media/" + id).then().statusCode(404);
  }
}
