package io.gazette.listing;

import static io.gazette.api.PublicApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorApiTest {

  @Test
  void shouldListAuthorsWithTheirPublishedArticlesInTheLanguage() {
    Response authors = ok("/api/v1/authors?lang=en&size=100");
    List<Map<String, Object>> items = authors.jsonPath().getList("items");

    assertThat(items).extracting(author -> author.get("name")).contains("Priya Ramdhony");
    assertThat(items)
        .allSatisfy(
            author -> {
              assertThat(author).containsOnlyKeys("id", "name", "slug", "url", "articleCount");
              long listed =
                  ok("/api/v1/articles?lang=en&size=1&author=" + author.get("slug"))
                      .jsonPath()
                      .getLong("meta.total");
              assertThat(((Number) author.get("articleCount")).longValue()).isEqualTo(listed);
            });
    assertThat(authors.header("ETag")).isNotNull();
    assertThat(authors.header("Content-Language")).isEqualTo("en");
  }
}
