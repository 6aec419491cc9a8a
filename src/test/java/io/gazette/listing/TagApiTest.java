package io.gazette.listing;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.gazette.api.PublicApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.article.ApiStories;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagApiTest {

  @Inject ApiStories stories;

  private static List<Map<String, Object>> tags(String lang) {
    Response tags = ok("/api/v1/tags?lang=" + lang + "&size=100");
    assertThat(tags.header("Content-Language")).isEqualTo(lang);
    return tags.jsonPath().getList("items");
  }

  @Test
  void shouldListTagsInUseNamedInTheRequestedLanguage() {
    String used = Fixtures.mark();
    String draftOnly = Fixtures.mark();
    stories.story(used, published("fr", "Étiquette"), published("en", "Tag"));
    stories.story(used, published("fr", "Encore"));
    stories.story(draftOnly, withStatus("fr", "Brouillon", ArticleStatus.DRAFT));

    List<Map<String, Object>> french = tags("fr");
    List<Map<String, Object>> english = tags("en");

    assertThat(french)
        .filteredOn(tag -> tag.get("slug").equals(ApiStories.tagSlug(used, "fr")))
        .singleElement()
        .satisfies(
            tag -> assertThat(tag).containsOnlyKeys("id", "name", "slug", "url", "articleCount"))
        .satisfies(tag -> assertThat(tag).containsEntry("name", "Tag " + used + " (fr)"))
        .satisfies(tag -> assertThat(tag).containsEntry("articleCount", 2));
    assertThat(english)
        .filteredOn(tag -> tag.get("slug").equals(ApiStories.tagSlug(used, "en")))
        .singleElement()
        .satisfies(tag -> assertThat(tag).containsEntry("articleCount", 1));
    assertThat(french)
        .extracting(tag -> tag.get("slug"))
        .doesNotContain(ApiStories.tagSlug(draftOnly, "fr"));
    assertThat(french)
        .extracting(tag -> tag.get("name"))
        .contains("Russie")
        .doesNotContain("Russia");
  }
}
