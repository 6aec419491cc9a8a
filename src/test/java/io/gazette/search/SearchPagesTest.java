package io.gazette.search;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchPagesTest {

  static final String SEED_FR =
      "/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent";

  @Inject Fixtures fixtures;
  @Inject SearchIndexer indexer;

  @BeforeEach
  void indexIsCurrent() {
    indexer.catchUp();
  }

  static Document search(String lang, String query) {
    var response = given().queryParam("q", query).when().get("/" + lang + "/search");
    assertThat(response.statusCode()).isEqualTo(200);
    return Html.parse(response);
  }

  static List<String> links(Document page) {
    return page.select(".search-hit h2 a").eachAttr("href");
  }

  @Test
  void shouldFindTheSeedStoryWhateverTheAccentsAndCase() {
    for (String query : List.of("coree", "Corée", "COREE", "corée du nord")) {
      assertThat(links(search("fr", query))).as(query).contains(SEED_FR);
    }
  }

  @Test
  void shouldStemFrenchWords() {
    var story = fixtures.story("World", List.of(), published("fr", "Les négociations reprennent"));
    indexer.catchUp();
    String mark = markOf(story.in("fr").title);
    assertThat(links(search("fr", "négociation " + mark))).containsExactly(story.path("fr"));
    assertThat(links(search("fr", "NEGOCIATION " + mark))).containsExactly(story.path("fr"));
  }

  @Test
  void shouldStemEnglishWords() {
    var story = fixtures.story("World", List.of(), published("en", "Negotiations resume"));
    indexer.catchUp();
    String mark = markOf(story.in("en").title);
    assertThat(links(search("en", "negotiation " + mark))).containsExactly(story.path("en"));
    assertThat(links(search("en", "negotiating " + mark))).containsExactly(story.path("en"));
  }

  @Test
  void shouldListStoriesFoundOnlyInAnotherLanguageBelowAndLabelled() {
    var both =
        fixtures.story(
            "World", List.of(), published("fr", "Volcan en éruption"), published("en", "Volcano"));
    String mark = markOf(both.in("fr").title);
    var englishOnly = fixtures.story("World", List.of(), published("en", "Volcano erupts " + mark));
    indexer.catchUp();
    Document page = search("fr", mark);
    assertThat(links(page)).containsExactly(both.path("fr"), englishOnly.path("en"));
    Element other = page.select(".search-hit").get(1);
    assertThat(other.selectFirst(".result-language").text()).isEqualTo("En anglais");
    assertThat(other.selectFirst("h2 a").attr("hreflang")).isEqualTo("en");
    assertThat(other.selectFirst("h2").attr("lang")).isEqualTo("en");
    assertThat(page.select("h2.small-heading").text()).isEqualTo("Dans d’autres langues");
  }

  @Test
  void shouldNeverFindDrafts() {
    var draft =
        fixtures.story(
            "World", List.of(), withStatus("fr", "Brouillon secret", ArticleStatus.DRAFT));
    indexer.catchUp();
    assertThat(links(search("fr", markOf(draft.in("fr").title)))).isEmpty();
  }

  @Test
  void shouldForgetAnUnpublishedArticleWithinASecond() throws InterruptedException {
    var story = fixtures.story("World", List.of(), published("fr", "Article retiré"));
    String mark = markOf(story.in("fr").title);
    indexer.catchUp();
    assertThat(links(search("fr", mark))).containsExactly(story.path("fr"));
    fixtures.setStatus(story.in("fr").id, ArticleStatus.UNPUBLISHED);
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (!links(search("fr", mark)).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(links(search("fr", mark))).isEmpty();
  }

  @Test
  void shouldHighlightEscapedText() {
    var story = fixtures.story("World", List.of(), published("fr", "Le <b>gras</b> & ses risques"));
    indexer.catchUp();
    Element hit = search("fr", "gras " + markOf(story.in("fr").title)).selectFirst(".search-hit");
    assertThat(hit.selectFirst("h2 a").html()).contains("&lt;b&gt;<mark>gras</mark>&lt;/b&gt;");
    assertThat(hit.select("h2 b")).isEmpty();
    assertThat(hit.select(".snippet mark")).isNotEmpty();
  }

  @Test
  void shouldAnswerAnyTextWithoutAServerError() {
    List<String> odd =
        List.of(
            "\"unbalanced",
            "title:(foo AND",
            "*",
            "-",
            "~2 ^3 ?",
            "\\",
            "&& || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
            "a\u0000b\u0007c\u202e",
            "\uD83D\uDE00 \u0645\u0631\u062D\u0628\u0627",
            "x".repeat(10_000),
            "corée ".repeat(2_000));
    for (String query : odd) {
      var response = given().queryParam("q", query).when().get("/fr/search");
      assertThat(response.statusCode())
          .as(query.substring(0, Math.min(20, query.length())))
          .isEqualTo(200);
    }
    assertThat(search("fr", "corée ".repeat(2_000)).select(".notice").text()).contains("200");
  }

  @Test
  void shouldSuggestASpellingWhenNothingIsFound() {
    fixtures.story("World", List.of(), published("fr", "Le zanzibarique arrive"));
    indexer.catchUp();
    Document page = search("fr", "zanzibarike");
    assertThat(page.selectFirst(".did-you-mean a").text()).isEqualTo("zanzibarique");
    assertThat(links(search("fr", page.selectFirst(".did-you-mean a").text()))).isNotEmpty();
  }

  @Test
  void shouldFilterBySectionOrderByDateAndPage() {
    String mark = Fixtures.mark();
    for (int i = 0; i < 12; i++) {
      fixtures.story("Science", List.of(), published("fr", "Découverte " + mark + " numéro " + i));
    }
    var elsewhere = fixtures.story("World", List.of(), published("fr", "Découverte " + mark));
    indexer.catchUp();
    var first =
        Html.parse(
            given()
                .queryParam("q", mark)
                .queryParam("section", "science-fr")
                .queryParam("sort", "newest")
                .when()
                .get("/fr/search"));
    assertThat(first.selectFirst(".search-count").text()).startsWith("12 résultats");
    assertThat(links(first)).hasSize(10).doesNotContain(elsewhere.path("fr"));
    assertThat(first.select(".search-hit h2").first().text()).contains("numéro 11 ");
    String next = first.selectFirst("a[rel=next]").attr("href");
    var second = Html.parse(given().when().get(next));
    assertThat(links(second)).hasSize(2);
    assertThat(second.select(".search-hit h2").last().text()).contains("numéro 0 ");
  }

  @Test
  void shouldBeKeptOutOfSearchEnginesButCacheable() {
    var response = given().queryParam("q", "corée").when().get("/fr/search");
    assertThat(response.header("Cache-Control")).contains("public");
    assertThat(response.header("ETag")).isNotBlank();
    Document page = Html.parse(response);
    assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
  }

  @Test
  void shouldOfferTheSearchBoxInEveryPageHeader() {
    Element form = Html.page("/fr/").selectFirst("header form[role=search]");
    assertThat(form.attr("action")).isEqualTo("/fr/search");
    assertThat(form.selectFirst("input[name=q]")).isNotNull();
    assertThat(Html.page(SEED_FR).selectFirst("header form[role=search]")).isNotNull();
  }

  @Test
  void shouldShowThePromptWithoutAText() {
    Document page = search("fr", "");
    assertThat(page.select(".search-hit")).isEmpty();
    assertThat(page.selectFirst("main .muted").text()).startsWith("Saisissez");
  }

  static String markOf(String title) {
    return title.substring(title.lastIndexOf(' ') + 1);
  }
}
