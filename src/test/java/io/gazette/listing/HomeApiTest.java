package io.gazette.listing;

import static io.gazette.api.PublicApi.app;
import static io.gazette.api.PublicApi.assertProblem;
import static io.gazette.api.PublicApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomeApiTest {

  @Test
  void shouldGiveTheHomePageOfALanguageAsData() {
    Response home = ok("/api/v1/home?lang=en");
    long newest = ok("/api/v1/articles?lang=en&size=1").jsonPath().getLong("items[0].id");

    assertThat(home.jsonPath().getMap(""))
        .containsOnlyKeys("lang", "top", "latest", "mustRead", "sections");
    assertThat(home.jsonPath().getString("lang")).isEqualTo("en");
    assertThat(home.jsonPath().getLong("top.id")).isEqualTo(newest);
    assertThat(home.jsonPath().getMap("top")).containsKeys("url", "title", "section", "tags");
    assertThat(home.jsonPath().getList("latest.id", Long.class))
        .isNotEmpty()
        .doesNotContain(newest);
    assertThat(home.jsonPath().getList("latest.lang", String.class)).containsOnly("en");
    assertThat(home.jsonPath().getList("mustRead.mustRead", Boolean.class))
        .isNotEmpty()
        .containsOnly(true);
    List<Map<String, Object>> sections = home.jsonPath().getList("sections");
    assertThat(sections).isNotEmpty();
    assertThat(sections).allSatisfy(s -> assertThat(s).containsOnlyKeys("name", "slug", "items"));
    String slug = home.jsonPath().getString("sections[0].slug");
    long first = home.jsonPath().getLong("sections[0].items[0].id");
    assertThat(
            ok("/api/v1/articles?lang=en&size=1&section=" + slug).jsonPath().getLong("items[0].id"))
        .isEqualTo(first);
    assertThat(home.header("Content-Language")).isEqualTo("en");
    assertThat(home.header("Last-Modified")).isNotNull();
  }

  @Test
  void shouldUseTheDefaultLanguageAndRefuseAnUnknownOne() {
    assertThat(ok("/api/v1/home").jsonPath().getString("lang")).isEqualTo("fr");
    assertProblem(app().when().get("/api/v1/home?lang=zz"), 400, "invalid-parameter", "lang");
    assertProblem(
        app().when().get("/api/v1/home?lang=fr&page=2"), 400, "invalid-parameter", "page");
  }
}
