package io.gazette.api;

import static io.gazette.api.PublicApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageApiTest {

  @Test
  void shouldListTheSiteLanguagesNamedInThemselvesInTheEnvelope() {
    Response languages = ok("/api/v1/languages");

    assertThat(languages.jsonPath().getList("items"))
        .containsExactly(
            Map.of("code", "fr", "name", "Français", "dir", "ltr", "default", true),
            Map.of("code", "en", "name", "English", "dir", "ltr", "default", false));
    assertThat(languages.jsonPath().getMap("meta"))
        .isEqualTo(Map.of("page", 1, "size", 20, "total", 2, "pages", 1));
    assertThat(languages.header("ETag")).isNotNull();
    assertThat(languages.header("Content-Language")).isNull();
    assertThat(languages.header("Link")).contains("rel=\"first\"", "rel=\"last\"");
  }
}
