package io.gazette.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebManifestTest {

  @Test
  void shouldServeTheManifestWithItsNameIconsAndColours() {
    JsonPath manifest =
        given()
            .when()
            .get("/manifest.webmanifest")
            .then()
            .statusCode(200)
            .contentType("application/manifest+json")
            .extract()
            .jsonPath();

    assertThat(manifest.getString("name")).isEqualTo("Gazette");
    assertThat(manifest.getString("short_name")).isEqualTo("Gazette");
    assertThat(manifest.getString("start_url")).isEqualTo("/");
    assertThat(manifest.getString("display")).isEqualTo("standalone");
    assertThat(manifest.getString("theme_color")).matches("#[0-9a-f]{6}");
    assertThat(manifest.getString("background_color")).matches("#[0-9a-f]{6}");
    List<Map<String, String>> icons = manifest.getList("icons");
    assertThat(icons).extracting(icon -> icon.get("sizes")).contains("192x192", "512x512");
    for (Map<String, String> icon : icons) {
      given().when().get(icon.get("src")).then().statusCode(200).contentType(icon.get("type"));
    }
  }

  @Test
  void shouldLinkTheManifestAndIconsFromEveryReaderPage() {
    for (String path : List.of("/fr/", "/en/section/world", "/fr/tag/coree-du-nord")) {
      Document page = Html.page(path);
      assertThat(page.selectFirst("link[rel=manifest]").attr("href"))
          .isEqualTo("/manifest.webmanifest");
      for (String icon :
          List.of(
              "link[rel=icon][type=image/png]", "link[rel=apple-touch-icon]", "link[rel=icon]")) {
        String href = page.selectFirst(icon).attr("href");
        given().when().get(href).then().statusCode(200);
      }
      assertThat(page.selectFirst("link[rel=icon][type=image/png]").attr("sizes"))
          .isEqualTo("32x32");
      assertThat(page.selectFirst("link[rel=apple-touch-icon]").attr("sizes")).isEqualTo("180x180");
    }
    var missing = given().when().get("/fr/nothing-here-at-all").then().statusCode(404).extract();
    assertThat(Html.parse(missing.response()).select("link[rel=manifest]")).hasSize(1);
  }
}
