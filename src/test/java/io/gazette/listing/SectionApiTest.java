package io.gazette.listing;

import static io.gazette.Fixtures.published;
import static io.gazette.api.PublicApi.item;
import static io.gazette.api.PublicApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.article.ApiStories;
import io.gazette.story.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionApiTest {

  @Inject ApiStories stories;

  @Test
  void shouldListSectionsNamedInTheRequestedLanguageWithCounts() {
    String mark = Fixtures.mark();
    Article french =
        stories.story(mark, published("fr", "Rubrique"), published("en", "Section")).in("fr");
    stories.story(mark, published("fr", "Deuxième"));
    long id = sectionId(mark);

    Response fr = ok("/api/v1/sections?lang=fr&size=100");
    Response en = ok("/api/v1/sections?lang=en&size=100");

    assertThat(item(fr, id))
        .containsOnlyKeys("id", "name", "slug", "url", "articleCount")
        .containsEntry("name", "Section " + mark + " (fr)")
        .containsEntry("slug", ApiStories.sectionSlug(mark, "fr"))
        .containsEntry("articleCount", 2);
    assertThat((String) item(fr, id).get("url"))
        .matches("https?://.+/fr/section/" + ApiStories.sectionSlug(mark, "fr"));
    assertThat(item(en, id))
        .containsEntry("name", "Section " + mark)
        .containsEntry("articleCount", 1);
    assertThat(fr.jsonPath().getList("items.name", String.class))
        .contains("Monde")
        .doesNotContain("World");
    assertThat(fr.header("Content-Language")).isEqualTo("fr");
    assertThat(french.lang).isEqualTo("fr");
  }

  private static long sectionId(String mark) {
    Response all = ok("/api/v1/sections?lang=en&size=100");
    return all.jsonPath().getList("items", Map.class).stream()
        .filter(section -> section.get("name").equals("Section " + mark))
        .map(section -> ((Number) section.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }
}
