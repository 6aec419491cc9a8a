package io.gazette.feed;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.i18n.Slugs;
import io.gazette.media.MediaFixtures;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

@QuarkusTest
class FeedPagesTest {

  @Inject Fixtures fixtures;
  @Inject MediaFixtures media;

  private static String base() {
    return "http://localhost:" + RestAssured.port;
  }

  private static Response fetch(String path) {
    return given().when().get(path).then().statusCode(200).extract().response();
  }

  private static SyndFeed parse(Response response) throws Exception {
    return new SyndFeedInput().build(new InputSource(new StringReader(response.asString())));
  }

  /** A section of its own, with a pictured story in both languages and a French draft. */
  private record Scene(
      String section, String tag, Fixtures.Created pictured, Fixtures.Created draft) {}

  private Scene scene() {
    String section = "Feeds " + Fixtures.mark();
    String tag = "Tide " + Fixtures.mark();
    var pictured =
        fixtures.story(section, List.of(tag), published("fr", "Marée"), published("en", "Tide"));
    media.lead(pictured.storyId(), media.asset(1200, 800, MediaFixtures.bilingual("feed")));
    var draft =
        fixtures.story(section, List.of(), withStatus("fr", "Brouillon", ArticleStatus.DRAFT));
    return new Scene(section, tag, pictured, draft);
  }

  private static String sectionPath(String lang, String section) {
    return "/" + lang + "/section/" + Slugs.of(section) + ("fr".equals(lang) ? "-fr" : "");
  }

  @Test
  void shouldServeASectionsRssFeedWithItsLanguageItemsAndPicture() throws Exception {
    Scene scene = scene();
    Response response = fetch(sectionPath("fr", scene.section()) + "/feed");

    assertThat(response.contentType()).isEqualToIgnoringCase("application/rss+xml;charset=utf-8");
    assertThat(response.asString()).contains("<language>fr</language>");
    SyndFeed feed = parse(response);
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getLanguage()).isEqualTo("fr");
    assertThat(feed.getTitle()).isEqualTo(scene.section() + " (fr) – Gazette");
    assertThat(feed.getEntries()).hasSize(1);
    SyndEntry entry = feed.getEntries().get(0);
    var article = scene.pictured().in("fr");
    assertThat(entry.getTitle()).isEqualTo(article.title);
    assertThat(entry.getLink()).isEqualTo(base() + scene.pictured().path("fr"));
    assertThat(entry.getAuthor()).isEqualTo("Test Author");
    assertThat(entry.getDescription().getValue()).isEqualTo(article.standfirst);
    assertThat(entry.getPublishedDate().toInstant())
        .isEqualTo(article.publishedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(entry.getCategories())
        .extracting(SyndCategory::getName)
        .containsExactly(scene.section() + " (fr)", tagOf(scene) + " (fr)");
    assertPicture(entry);
    assertThat(response.asString())
        .contains("<atom:link href=\"" + base() + sectionPath("fr", scene.section()) + "/feed\"")
        .doesNotContain(scene.draft().in("fr").title);
  }

  @Test
  void shouldServeTheSameFeedInAtomWithRfc3339DatesAndXmlLang() throws Exception {
    Scene scene = scene();
    Response response = fetch(sectionPath("en", scene.section()) + "/feed/atom");

    assertThat(response.contentType()).isEqualToIgnoringCase("application/atom+xml;charset=utf-8");
    String xml = response.asString();
    assertThat(xml)
        .contains("xml:lang=\"en\"")
        .matches("(?s).*<published>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</published>.*");
    SyndFeed feed = parse(response);
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getLinks())
        .anyMatch(
            link ->
                "self".equals(link.getRel())
                    && link.getHref()
                        .equals(base() + sectionPath("en", scene.section()) + "/feed/atom"));
    SyndEntry entry = feed.getEntries().get(0);
    assertThat(entry.getTitle()).isEqualTo(scene.pictured().in("en").title);
    assertThat(entry.getAuthors()).extracting(a -> a.getName()).containsExactly("Test Author");
    assertThat(entry.getUpdatedDate()).isAfterOrEqualTo(entry.getPublishedDate());
    assertThat(entry.getCategories())
        .extracting(SyndCategory::getName)
        .containsExactly(scene.section(), tagOf(scene));
    assertPicture(entry);
  }

  @Test
  void shouldServeTheLanguageAndTagFeedsAndRefuseUnknownOnes() throws Exception {
    Scene scene = scene();
    SyndFeed language = parse(fetch("/en/feed"));
    assertThat(language.getLanguage()).isEqualTo("en");
    assertThat(language.getTitle()).isEqualTo("Gazette: latest news");
    assertThat(language.getEntries()).hasSizeBetween(1, 20);
    assertThat(language.getEntries()).allMatch(e -> e.getLink().startsWith(base() + "/en/"));
    SyndFeed tag = parse(fetch("/fr/tag/" + Slugs.of(tagOf(scene)) + "-fr/feed/atom"));
    assertThat(tag.getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly(scene.pictured().in("fr").title);

    given().get("/xx/feed").then().statusCode(404);
    given().get("/fr/section/nowhere-" + Fixtures.mark() + "/feed").then().statusCode(404);
    given().get("/fr/tag/nothing-" + Fixtures.mark() + "/feed/atom").then().statusCode(404);
  }

  @Test
  void shouldAnswer304AndShowAStoryPublishedAfterTheFeedWasServed() throws Exception {
    Scene scene = scene();
    String path = sectionPath("en", scene.section()) + "/feed";
    Response first = fetch(path);
    String etag = first.header("ETag");
    String lastModified = first.header("Last-Modified");
    assertThat(etag).isNotBlank();
    given().header("If-None-Match", etag).get(path).then().statusCode(304);
    given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);

    var later = fixtures.story(scene.section(), List.of(), published("en", "Later"));

    Response second =
        given().header("If-None-Match", etag).get(path).then().statusCode(200).extract().response();
    assertThat(parse(second).getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly(later.in("en").title, scene.pictured().in("en").title);
  }

  @Test
  void shouldAdvertiseTheFeedsInTheHeadsOfHomeSectionAndTagPages() {
    Scene scene = scene();
    String section = sectionPath("fr", scene.section());
    var links = Html.page(section).select("link[rel=alternate][type]");
    assertThat(links).hasSize(2);
    assertThat(links.get(0).attr("type")).isEqualTo("application/rss+xml");
    assertThat(links.get(0).attr("href")).isEqualTo(base() + section + "/feed");
    assertThat(links.get(0).attr("title")).isEqualTo(scene.section() + " (fr) – Gazette (RSS)");
    assertThat(links.get(1).attr("type")).isEqualTo("application/atom+xml");
    assertThat(links.get(1).attr("href")).isEqualTo(base() + section + "/feed/atom");

    var home = Html.page("/fr/").select("link[rel=alternate][type=application/rss+xml]");
    assertThat(home.attr("href")).isEqualTo(base() + "/fr/feed");
    assertThat(home.attr("title")).isEqualTo("Gazette\u00a0: dernières nouvelles (RSS)");
    var tag =
        Html.page("/en/tag/" + Slugs.of(tagOf(scene))).select("link[type=application/atom+xml]");
    assertThat(tag.attr("title"))
        .isEqualTo("Articles tagged “" + tagOf(scene) + "” – Gazette (Atom)");
  }

  private static String tagOf(Scene scene) {
    return scene.tag();
  }

  private static void assertPicture(SyndEntry entry) {
    MediaEntryModule module = (MediaEntryModule) entry.getModule(MediaModule.URI);
    assertThat(module).isNotNull();
    var content = module.getMediaContents()[0];
    assertThat(content.getReference().toString()).startsWith(base() + "/media/");
    assertThat(content.getType()).isEqualTo("image/jpeg");
    assertThat(content.getWidth()).isEqualTo(960);
    assertThat(content.getHeight()).isEqualTo(640);
  }
}
