package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.gazette.api.PublicApi.app;
import static io.gazette.api.PublicApi.assertProblem;
import static io.gazette.api.PublicApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.comment.CommentFixtures;
import io.gazette.editorial.SlugChanges;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleDetailApiTest {

  static final String ARTICLES = "/api/v1/articles/";
  static final String BY_SLUG = "/api/v1/articles/by-slug/";

  @Inject ApiStories stories;
  @Inject Fixtures fixtures;
  @Inject SlugChanges slugChanges;
  @Inject CommentFixtures comments;

  private String mark;

  @BeforeEach
  void mark() {
    mark = Fixtures.mark();
  }

  @Test
  void shouldShowTheArticleWithEverythingTheAppNeeds() {
    var story = stories.story(mark, published("fr", "Quai"), published("en", "Quay"));
    var neighbour = stories.story(mark, published("fr", "Voisin"));
    Article french = story.in("fr");

    Response detail = ok(ARTICLES + french.id);

    assertThat(detail.jsonPath().getMap(""))
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
            "mustRead",
            "readingMinutes",
            "bodyHtml",
            "author",
            "translations",
            "related",
            "commentCount",
            "commentsOpen");
    assertThat(detail.jsonPath().getString("bodyHtml")).isEqualTo(french.bodyHtml);
    assertThat(detail.jsonPath().getMap("author"))
        .isEqualTo(Map.of("name", "Test Author", "slug", "test-author"));
    assertThat(detail.jsonPath().getInt("readingMinutes")).isEqualTo(1);
    assertThat(detail.jsonPath().getLong("commentCount")).isZero();
    assertThat(detail.jsonPath().getBoolean("commentsOpen")).isTrue();
    assertThat(detail.jsonPath().getList("related.id", Long.class))
        .contains(neighbour.in("fr").id)
        .doesNotContain(french.id);
    assertThat(detail.jsonPath().getList("related.lang", String.class)).containsOnly("fr");
    assertThat(detail.jsonPath().getMap("related[0]")).containsKeys("url", "section", "tags");
    assertThat(detail.header("Content-Language")).isEqualTo("fr");
  }

  @Test
  void shouldLinkTheTranslationsBothWays() {
    var story = stories.story(mark, published("fr", "Bascule"), published("en", "Toggle"));
    Article french = story.in("fr");
    Article english = story.in("en");

    Response fr = ok(ARTICLES + french.id);
    Response en = ok(ARTICLES + english.id);

    assertThat(fr.jsonPath().getList("translations"))
        .containsExactly(
            Map.of(
                "lang",
                "en",
                "id",
                english.id.intValue(),
                "title",
                english.title,
                "url",
                en.jsonPath().getString("url")));
    assertThat(en.jsonPath().getList("translations.id", Long.class)).containsExactly(french.id);
    assertThat(en.jsonPath().getString("translations[0].url")).endsWith("/fr/" + french.slug);
  }

  @Test
  void shouldListOnlyPublishedTranslationsAndNeverShowADraft() {
    var story =
        stories.story(
            mark, published("fr", "Seul publié"), withStatus("en", "Draft", ArticleStatus.DRAFT));
    Article draft = story.in("en");

    assertThat(ok(ARTICLES + story.in("fr").id).jsonPath().getList("translations")).isEmpty();
    assertProblem(app().when().get(ARTICLES + draft.id), 404, "not-found", null);
    assertProblem(app().when().get(BY_SLUG + "en/" + draft.slug), 404, "not-found", null);
  }

  @Test
  void shouldAnswer404OnceUnpublishedAndForUnknownIds() {
    var story = stories.story(mark, published("fr", "Retiré bientôt"));
    Article french = story.in("fr");
    ok(ARTICLES + french.id);

    fixtures.setStatus(french.id, ArticleStatus.UNPUBLISHED);

    assertProblem(app().when().get(ARTICLES + french.id), 404, "not-found", null);
    assertProblem(app().when().get(ARTICLES + Long.MAX_VALUE), 404, "not-found", null);
    assertProblem(app().when().get(ARTICLES + "abc"), 404, "not-found", null);
  }

  @Test
  void shouldFindTheArticleBySlugAndRedirectAnOldSlug() {
    var story = stories.story(mark, published("fr", "Ancien titre"), published("en", "Old"));
    Article french = story.in("fr");
    Response byId = ok(ARTICLES + french.id);

    Response bySlug = ok(BY_SLUG + "fr/" + french.slug);
    String renamed = slugChanges.change(french.id, "Nouveau titre " + mark);
    Response moved = app().when().get(BY_SLUG + "fr/" + french.slug);

    assertThat(bySlug.jsonPath().getMap("")).isEqualTo(byId.jsonPath().getMap(""));
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.header("Location"))
        .matches("https?://.+/api/v1/articles/by-slug/fr/" + renamed);
    assertThat(ok(BY_SLUG + "fr/" + renamed).jsonPath().getLong("id")).isEqualTo(french.id);
    assertProblem(app().when().get(BY_SLUG + "en/" + french.slug), 404, "not-found", null);
    assertProblem(
        app().when().get(BY_SLUG + "de/" + french.slug), 400, "invalid-parameter", "lang");
  }

  @Test
  void shouldCountApprovedCommentsOnly() {
    long article = stories.story(mark, published("fr", "Commentée")).in("fr").id;
    String address = CommentFixtures.address();
    long approved =
        CommentFixtures.post(article, address, CommentFixtures.comment("Ana", "Très juste."))
            .jsonPath()
            .getLong("id");
    CommentFixtures.post(article, address, CommentFixtures.comment("Bo", "En attente."));

    comments.approve(approved);

    assertThat(ok(ARTICLES + article).jsonPath().getLong("commentCount")).isEqualTo(1);
    assertThat(ok(ARTICLES + article + "/comments").jsonPath().getList("items.id", Long.class))
        .isEqualTo(List.of(approved));
  }
}
