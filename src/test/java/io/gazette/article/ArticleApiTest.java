package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.gazette.api.PublicApi.app;
import static io.gazette.api.PublicApi.assertProblem;
import static io.gazette.api.PublicApi.ids;
import static io.gazette.api.PublicApi.item;
import static io.gazette.api.PublicApi.ok;
import static io.gazette.article.ApiStories.sectionSlug;
import static io.gazette.article.ApiStories.tagSlug;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

  static final String ARTICLES = "/api/v1/articles";

  @Inject ApiStories stories;

  private String mark;

  @BeforeEach
  void mark() {
    mark = Fixtures.mark();
  }

  private Response list(String query) {
    return ok(ARTICLES + "?" + query);
  }

  @Test
  void shouldListArticlesWithTheFieldsOfTheSpec() {
    var story = stories.story(mark, published("fr", "Port"), published("en", "Harbour"));
    Article french = story.in("fr");

    Response list = list("lang=fr&section=" + sectionSlug(mark, "fr"));

    assertThat(ids(list)).containsExactly(french.id);
    Map<String, Object> item = item(list, french.id);
    assertThat(item)
        .containsOnlyKeys(
            "id",
            "storyId",
            "lang",
            "slug",
            "url",
            "title",
            "standfirst",
            "publishedAt",
            "updatedAt",
            "section",
            "tags",
            "mustRead");
    assertThat(item)
        .containsEntry("storyId", (int) story.storyId())
        .containsEntry("lang", "fr")
        .containsEntry("slug", french.slug)
        .containsEntry("title", french.title)
        .containsEntry("standfirst", french.standfirst)
        .containsEntry("mustRead", false);
    assertThat((String) item.get("url")).matches("https?://[^/]+/fr/" + french.slug);
    assertThat(Instant.parse((String) item.get("publishedAt"))).isEqualTo(french.publishedAt);
    assertThat(item.get("section"))
        .isEqualTo(Map.of("name", "Section " + mark + " (fr)", "slug", sectionSlug(mark, "fr")));
    assertThat(item.get("tags"))
        .isEqualTo(List.of(Map.of("name", "Tag " + mark + " (fr)", "slug", tagSlug(mark, "fr"))));
    assertThat(list.jsonPath().getMap("meta"))
        .isEqualTo(Map.of("page", 1, "size", 20, "total", 1, "pages", 1));
  }

  @Test
  void shouldListOnlyTheRequestedLanguageNewestFirst() {
    var older = stories.story(mark, published("fr", "Ancien"), published("en", "Older"));
    var newer = stories.story(mark, published("fr", "Récent"), published("en", "Newer"));

    Response english = list("lang=en&section=" + sectionSlug(mark, "en"));

    assertThat(ids(english)).containsExactly(newer.in("en").id, older.in("en").id);
    assertThat(english.jsonPath().getList("items.lang", String.class)).containsOnly("en");
    assertThat(english.header("Content-Language")).isEqualTo("en");
  }

  @Test
  void shouldUseTheDefaultLanguageWhenLangIsAbsentOrBlank() {
    var story = stories.story(mark, published("fr", "Défaut"), published("en", "Default"));

    Response absent = list("section=" + sectionSlug(mark, "fr"));
    Response blank = list("lang=&tag=&section=" + sectionSlug(mark, "fr") + "&page=&size=");

    assertThat(ids(absent)).containsExactly(story.in("fr").id);
    assertThat(ids(blank)).containsExactly(story.in("fr").id);
    assertThat(absent.header("Content-Language")).isEqualTo("fr");
  }

  @Test
  void shouldFilterByTagAuthorAndMustRead() {
    var plain = stories.story(mark, published("fr", "Simple"));
    var flagged = stories.story(mark, published("fr", "À lire"));
    stories.mustRead(flagged.storyId());
    String section = "lang=fr&section=" + sectionSlug(mark, "fr");

    assertThat(ids(list("lang=fr&tag=" + tagSlug(mark, "fr"))))
        .containsExactly(flagged.in("fr").id, plain.in("fr").id);
    assertThat(ids(list(section + "&author=test-author")))
        .containsExactly(flagged.in("fr").id, plain.in("fr").id);
    assertThat(ids(list(section + "&mustRead=true"))).containsExactly(flagged.in("fr").id);
    assertThat(ids(list(section + "&mustRead=false"))).containsExactly(plain.in("fr").id);
    assertThat(item(list(section), flagged.in("fr").id)).containsEntry("mustRead", true);
    List<Boolean> mustReads =
        list("lang=fr&mustRead=true&size=100").jsonPath().getList("items.mustRead", Boolean.class);
    assertThat(mustReads).isNotEmpty().containsOnly(true);
  }

  @Test
  void shouldNeverListDraftsOrUnpublishedArticles() {
    var shown = stories.story(mark, published("fr", "Visible"));
    stories.story(mark, withStatus("fr", "Brouillon", ArticleStatus.DRAFT));
    stories.story(mark, withStatus("fr", "Programmé", ArticleStatus.SCHEDULED));
    stories.story(mark, withStatus("fr", "Retiré", ArticleStatus.UNPUBLISHED));

    Response list = list("lang=fr&section=" + sectionSlug(mark, "fr"));

    assertThat(ids(list)).containsExactly(shown.in("fr").id);
    assertThat(list.jsonPath().getInt("meta.total")).isEqualTo(1);
  }

  @Test
  void shouldPageWithTheEnvelopeAndLinkHeaders() {
    for (String title : List.of("Un", "Deux", "Trois")) {
      stories.story(mark, published("fr", title));
    }
    String query = "lang=fr&section=" + sectionSlug(mark, "fr") + "&size=2";

    Response first = list(query);
    Response second = list(query + "&page=2");

    assertThat(first.jsonPath().getList("items")).hasSize(2);
    assertThat(second.jsonPath().getList("items")).hasSize(1);
    assertThat(second.jsonPath().getMap("meta"))
        .isEqualTo(Map.of("page", 2, "size", 2, "total", 3, "pages", 2));
    assertThat(first.header("Link"))
        .matches("<https?://[^>]+/api/v1/articles\\?[^>]*page=1>; rel=\"first\", .*")
        .contains("rel=\"next\"", "rel=\"last\"")
        .doesNotContain("rel=\"prev\"")
        .contains("section=" + sectionSlug(mark, "fr"), "size=2", "page=2>; rel=\"next\"");
    assertThat(second.header("Link"))
        .contains("page=1>; rel=\"prev\"", "page=2>; rel=\"last\"")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void shouldAnswerAPageBeyondTheLastEmpty() {
    stories.story(mark, published("fr", "Seul"));

    Response beyond = list("lang=fr&section=" + sectionSlug(mark, "fr") + "&page=5");

    assertThat(beyond.jsonPath().getList("items")).isEmpty();
    assertThat(beyond.jsonPath().getInt("meta.total")).isEqualTo(1);
  }

  @Test
  void shouldRefuseParametersThatAreNotAcceptableNamingThem() {
    stories.story(mark, published("fr", "Paramètres"));
    Map<String, String> refused =
        Map.ofEntries(
            Map.entry("size=101", "size"),
            Map.entry("size=0", "size"),
            Map.entry("page=0", "page"),
            Map.entry("page=-1", "page"),
            Map.entry("page=abc", "page"),
            Map.entry("lang=de", "lang"),
            Map.entry("lang=xx-bogus", "lang"),
            Map.entry("section=no-such-section-" + mark, "section"),
            Map.entry("tag=no-such-tag-" + mark, "tag"),
            Map.entry("author=no-such-author-" + mark, "author"),
            Map.entry("section=" + sectionSlug(mark, "en"), "section"),
            Map.entry("mustRead=maybe", "mustRead"),
            Map.entry("sort=title", "sort"),
            Map.entry("status=draft", "status"));

    refused.forEach(
        (query, parameter) ->
            assertProblem(
                app().when().get(ARTICLES + "?" + query), 400, "invalid-parameter", parameter));
  }
}
