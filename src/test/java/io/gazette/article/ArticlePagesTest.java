package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.editorial.SlugChanges;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticlePagesTest {

  static final String SEED_FR =
      "/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent";

  @Inject Fixtures fixtures;
  @Inject SlugChanges slugChanges;

  @Test
  void shouldServeSeedArticleInFrenchWithItsParts() {
    var page = Html.page(SEED_FR);
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("h1").text()).startsWith("Le dirigeant nord-coréen Kim Jong Un");
    assertThat(page.selectFirst(".standfirst")).isNotNull();
    assertThat(page.selectFirst("a[rel=author]").text()).startsWith("Par ");
    assertThat(page.select(".tags a")).isNotEmpty();
    assertThat(page.select(".must-read li")).isNotEmpty();
    assertThat(page.select(".latest li")).isNotEmpty();
    assertThat(page.select(".related li")).isNotEmpty();
    assertThat(page.select(".comment-list .comment")).isNotEmpty();
  }

  @Test
  void shouldShowFrenchDatesInTheSiteZoneOnFrenchPage() {
    var page = Html.page(SEED_FR);
    // Published 2024-05-07T09:30+04:00: a Tuesday in Port Louis.
    assertThat(page.selectFirst(".dates time").text())
        .isEqualTo("Publié le mardi 7 mai 2024 09:30");
    assertThat(page.selectFirst(".today").text())
        .matches("^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) .*");
  }

  @Test
  void shouldShowEnglishDatesOnEnglishPage() {
    String english =
        Html.page(SEED_FR).selectFirst("nav.language-switch a[hreflang=en]").attr("href");
    var page = Html.page(english);
    assertThat(page.selectFirst(".dates time").text()).startsWith("Published Tuesday, May 7, 2024");
  }

  @Test
  void shouldSendNoCookieAndBeCacheable() {
    given()
        .when()
        .get(SEED_FR)
        .then()
        .statusCode(200)
        .header("Set-Cookie", nullValue())
        .header("Cache-Control", startsWith("public"))
        .header("ETag", notNullValue());
  }

  @Test
  void shouldAnswerNotModifiedToMatchingETag() {
    String etag = given().when().get(SEED_FR).then().extract().header("ETag");
    given().header("If-None-Match", etag).when().get(SEED_FR).then().statusCode(304);
    given().header("If-None-Match", "\"other\"").when().get(SEED_FR).then().statusCode(200);
  }

  @Test
  void shouldHideDraftFromReadersOnEveryPath() {
    for (ArticleStatus hidden :
        List.of(
            ArticleStatus.DRAFT,
            ArticleStatus.REVIEW,
            ArticleStatus.SCHEDULED,
            ArticleStatus.UNPUBLISHED)) {
      var story =
          fixtures.story(
              "Hidden desk",
              List.of("hidden-tag"),
              withStatus("fr", "Brouillon secret", hidden),
              withStatus("en", "Secret draft", hidden));
      for (String lang : List.of("fr", "en")) {
        given().when().get(story.path(lang)).then().statusCode(404);
        String slug = story.in(lang).slug;
        for (String list :
            List.of(
                "/" + lang + "/",
                "/" + lang + "/section/" + (lang.equals("en") ? "hidden-desk" : "hidden-desk-fr"),
                "/" + lang + "/tag/" + (lang.equals("en") ? "hidden-tag" : "hidden-tag-fr"),
                "/" + lang + "/author/test-author",
                SEED_FR)) {
          assertThat(given().when().get(list).then().extract().asString())
              .as("%s on %s", hidden, list)
              .doesNotContain(slug);
        }
      }
    }
  }

  @Test
  void shouldHideUnpublishedArticleAndItsToggle() {
    var story =
        fixtures.story(
            "World", List.of(), published("fr", "Bientôt retiré"), published("en", "Soon pulled"));
    assertThat(Html.page(story.path("fr")).select("nav.language-switch a[hreflang=en]")).hasSize(1);
    fixtures.setStatus(story.in("en").id, ArticleStatus.UNPUBLISHED);
    given().when().get(story.path("en")).then().statusCode(404);
    var french = Html.page(story.path("fr"));
    assertThat(french.select("nav.language-switch a[hreflang=en]")).isEmpty();
    assertThat(french.select("link[rel=alternate][hreflang=en]")).isEmpty();
  }

  @Test
  void shouldRedirectOldSlugPermanentlyToTheNewOne() {
    var story = fixtures.story("World", List.of(), published("en", "First headline"));
    String oldPath = story.path("en");
    String newSlug = slugChanges.change(story.in("en").id, "Better headline " + Fixtures.mark());
    given()
        .redirects()
        .follow(false)
        .when()
        .get(oldPath)
        .then()
        .statusCode(301)
        .header("Location", endsWith("/en/" + newSlug));
    given().when().get("/en/" + newSlug).then().statusCode(200);
    // The same slug in the other language is another article's business.
    given()
        .redirects()
        .follow(false)
        .when()
        .get(oldPath.replace("/en/", "/fr/"))
        .then()
        .statusCode(404);
  }

  @Test
  void shouldLetTheSameSlugExistInTwoLanguages() {
    String title = "Port-Louis " + Fixtures.mark();
    var story =
        fixtures.story(
            "World",
            List.of(),
            new Fixtures.Version("fr", title, ArticleStatus.PUBLISHED),
            new Fixtures.Version("en", title, ArticleStatus.PUBLISHED));
    assertThat(story.in("fr").slug).isEqualTo(story.in("en").slug);
    given()
        .when()
        .get(story.path("fr"))
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("lang=\"fr\""));
    given()
        .when()
        .get(story.path("en"))
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("lang=\"en\""));
  }

  @Test
  void shouldPaginateListings() {
    for (int i = 0; i < 13; i++) {
      fixtures.story("Paged desk", List.of(), published("en", "Paged story " + i));
    }
    var first = Html.page("/en/section/paged-desk");
    assertThat(first.select(".listing-item")).hasSize(12);
    assertThat(first.selectFirst(".pagination a[rel=next]").attr("href"))
        .isEqualTo("/en/section/paged-desk?page=2");
    var second = Html.page("/en/section/paged-desk?page=2");
    assertThat(second.select(".listing-item")).hasSize(1);
    assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href"))
        .isEqualTo("/en/section/paged-desk");
    given().when().get("/en/section/paged-desk?page=3").then().statusCode(404);
  }

  @Test
  void shouldServeHomeWithTopStoryLatestMustReadAndSections() {
    var home = Html.page("/fr/");
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(home.select(".top-story h3 a")).hasSize(1);
    assertThat(home.select(".latest li")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(home.select(".must-read li")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(home.select(".section-block")).hasSizeGreaterThanOrEqualTo(4);
    given()
        .when()
        .get("/fr/")
        .then()
        .header("Set-Cookie", nullValue())
        .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=600"));
  }
}
