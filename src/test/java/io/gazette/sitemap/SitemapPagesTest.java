package io.gazette.sitemap;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.gazette.sitemap.SitemapDocs.base;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.i18n.Slugs;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

@QuarkusTest
class SitemapPagesTest {

  @Inject Fixtures fixtures;
  @Inject NewsFixtures news;

  private static List<String> files(String lang, String part) {
    return SitemapDocs.files().stream()
        .filter(loc -> loc.startsWith(base() + "/sitemap-" + lang + "-" + part))
        .toList();
  }

  @Test
  void shouldListEveryPublishedArticleWithEachTranslationAndXDefaultAsItsHeadDoes() {
    var both =
        fixtures.story("World", List.of(), published("fr", "Pont"), published("en", "Bridge"));
    var english =
        fixtures.story(
            "World",
            List.of(),
            withStatus("fr", "Brouillon caché", ArticleStatus.DRAFT),
            published("en", "Alone"));

    var fr = SitemapDocs.urls(files("fr", "articles"));
    var en = SitemapDocs.urls(files("en", "articles"));

    assertThat(fr.get(base() + both.path("fr")))
        .containsExactly(
            entry("fr", base() + both.path("fr")),
            entry("en", base() + both.path("en")),
            entry("x-default", base() + both.path("fr")));
    assertThat(en.get(base() + both.path("en"))).isEqualTo(fr.get(base() + both.path("fr")));
    assertThat(en.get(base() + english.path("en")))
        .containsExactly(
            entry("en", base() + english.path("en")),
            entry("x-default", base() + english.path("en")));
    assertThat(fr).doesNotContainKey(base() + english.path("fr"));
    assertThat(en.get(base() + both.path("en"))).isEqualTo(head(both.path("en")));
    assertThat(en.get(base() + english.path("en"))).isEqualTo(head(english.path("en")));
  }

  @Test
  void shouldSplitArticlesOverFilesOfTheConfiguredSize() {
    fixtures.story("World", List.of(), published("en", "One more"));
    List<String> files = files("en", "articles");
    assertThat(files.get(0)).isEqualTo(base() + "/sitemap-en-articles-1.xml");

    int total = 0;
    for (String file : files) {
      int urls = SitemapDocs.urls(List.of(file)).size();
      assertThat(urls).isBetween(1, 10); // %test.gazette.sitemaps.urls-per-file
      total += urls;
    }
    assertThat(files).hasSize((total + 9) / 10);
    given().get("/sitemap-en-articles-" + (files.size() + 1) + ".xml").then().statusCode(404);
    given().get("/sitemap-xx-articles-1.xml").then().statusCode(404);
  }

  @Test
  void shouldListTheHomeAndEverySectionTagAndAuthorWithPublishedArticles() {
    String mark = Fixtures.mark();
    var story =
        fixtures.story(
            "Maps " + mark,
            List.of("Shown " + mark),
            published("fr", "Carte"),
            published("en", "Map"));
    String author = fixtures.ownAuthor(story.storyId());
    fixtures.story(
        "Maps " + mark, List.of("Hidden " + mark), withStatus("en", "Secret", ArticleStatus.DRAFT));

    var pages = SitemapDocs.urls(files("en", "pages"));

    assertThat(pages.get(base() + "/en/"))
        .containsEntry("fr", base() + "/fr/")
        .containsEntry("x-default", base() + "/fr/");
    String section = "/en/section/" + Slugs.of("Maps " + mark);
    assertThat(pages.get(base() + section))
        .containsExactly(
            entry("fr", base() + "/fr/section/" + Slugs.of("Maps " + mark) + "-fr"),
            entry("en", base() + section),
            entry("x-default", base() + "/fr/section/" + Slugs.of("Maps " + mark) + "-fr"));
    assertThat(pages.get(base() + section)).isEqualTo(head(section));
    String tag = "/en/tag/" + Slugs.of("Shown " + mark);
    assertThat(pages.get(base() + tag)).isEqualTo(head(tag));
    assertThat(pages.get(base() + "/en/author/" + author)).isEqualTo(head("/en/author/" + author));
    assertThat(pages).doesNotContainKey(base() + "/en/tag/" + Slugs.of("Hidden " + mark));
  }

  @Test
  void shouldListTheLastTwoDaysInTheNewsSitemap() {
    var fresh = fixtures.story("World", List.of(), published("fr", "Dernière heure"));
    var old = fixtures.story("World", List.of(), published("fr", "Ancienne"));
    news.publishedNow(fresh.in("fr").id);

    List<String> files = files("fr", "news");
    assertThat(files).containsExactly(base() + "/sitemap-fr-news.xml");
    var document = SitemapDocs.fetch(files.get(0));
    var urls = SitemapDocs.texts(document.getDocumentElement(), SitemapWriter.SITEMAP, "loc");
    assertThat(urls).contains(base() + fresh.path("fr")).doesNotContain(base() + old.path("fr"));
    assertThat(urls).hasSizeLessThanOrEqualTo(1000);
    Element first = (Element) document.getElementsByTagNameNS(SitemapWriter.NEWS, "news").item(0);
    assertThat(SitemapDocs.texts(first, SitemapWriter.NEWS, "name")).containsExactly("Gazette");
    assertThat(SitemapDocs.texts(first, SitemapWriter.NEWS, "language")).containsExactly("fr");
    assertThat(SitemapDocs.texts(first, SitemapWriter.NEWS, "title"))
        .containsExactly(fresh.in("fr").title);
    assertThat(SitemapDocs.texts(first, SitemapWriter.NEWS, "publication_date").get(0))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void shouldAnswer304AndListAStoryPublishedAfterTheSitemapWasServed() {
    var response = given().get("/sitemap.xml").then().statusCode(200).extract().response();
    String etag = response.header("ETag");
    given().header("If-None-Match", etag).get("/sitemap.xml").then().statusCode(304);
    given()
        .header("If-Modified-Since", response.header("Last-Modified"))
        .get("/sitemap.xml")
        .then()
        .statusCode(304);
    SitemapDocs.urls(files("en", "articles")); // served, and so cached

    var later = fixtures.story("World", List.of(), published("en", "Later"));

    assertThat(SitemapDocs.urls(files("en", "articles"))).containsKey(base() + later.path("en"));
  }

  @Test
  void shouldPointCrawlersAtTheSitemapAndKeepThemOutOfPrivatePaths() {
    String robots =
        given()
            .get("/robots.txt")
            .then()
            .statusCode(200)
            .contentType("text/plain;charset=utf-8")
            .extract()
            .asString();

    assertThat(robots.lines())
        .contains(
            "User-agent: *",
            "Disallow: /admin",
            "Disallow: /api/",
            "Disallow: /fr/search",
            "Disallow: /en/search",
            "Disallow: /q/",
            "Sitemap: " + base() + "/sitemap.xml");
  }

  /** The hreflang alternates of the page's head, x-default included. */
  private static Map<String, String> head(String path) {
    Map<String, String> links = new LinkedHashMap<>();
    Html.page(path)
        .select("link[rel=alternate][hreflang]")
        .forEach(link -> links.put(link.attr("hreflang"), link.attr("href")));
    return links;
  }
}
