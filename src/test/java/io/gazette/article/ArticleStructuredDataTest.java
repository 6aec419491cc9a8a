package io.gazette.article;

import static io.gazette.Fixtures.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.media.MediaFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleStructuredDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFSET_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+04:00";

  @Inject Fixtures fixtures;
  @Inject MediaFixtures media;

  /** The page's one JSON-LD document, parsed. */
  static JsonNode structuredData(Document page) {
    Elements scripts = page.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    try {
      return JSON.readTree(scripts.first().data());
    } catch (Exception unreadable) {
      throw new AssertionError("JSON-LD does not parse: " + scripts.first().data(), unreadable);
    }
  }

  /** The node of this type in the document's graph. */
  static JsonNode ofType(JsonNode document, String type) {
    assertThat(document.path("@context").asText()).isEqualTo("https://schema.org");
    for (JsonNode node : document.path("@graph")) {
      if (node.path("@type").asText().equals(type)) {
        return node;
      }
    }
    throw new AssertionError("no " + type + " in " + document);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(field == null ? node.asText() : node.path(field).asText()));
    return texts;
  }

  @Test
  void shouldDescribeEachVersionAsANewsArticleInItsLanguageLinkedToTheOther() {
    var story =
        fixtures.story(
            "Ocean", List.of("Lagoon"), published("fr", "Le lagon"), published("en", "The lagoon"));
    Document frPage = Html.page(story.path("fr"));
    JsonNode fr = ofType(structuredData(frPage), "NewsArticle");
    JsonNode en = ofType(structuredData(Html.page(story.path("en"))), "NewsArticle");
    String frUrl = frPage.selectFirst("link[rel=canonical]").attr("href");
    String enUrl = frPage.selectFirst("link[rel=alternate][hreflang=en]").attr("href");

    assertThat(fr.path("headline").asText()).isEqualTo(story.in("fr").title);
    assertThat(fr.path("description").asText()).isEqualTo(story.in("fr").standfirst);
    assertThat(fr.path("inLanguage").asText()).isEqualTo("fr");
    assertThat(fr.path("url").asText()).isEqualTo(frUrl).endsWith(story.path("fr"));
    assertThat(fr.path("mainEntityOfPage").asText()).isEqualTo(frUrl);
    assertThat(fr.path("datePublished").asText()).matches(OFFSET_DATE);
    assertThat(fr.path("dateModified").asText()).matches(OFFSET_DATE);
    assertThat(fr.path("isAccessibleForFree").asBoolean()).isTrue();
    assertThat(fr.path("author").path("@type").asText()).isEqualTo("Person");
    assertThat(fr.path("author").path("name").asText()).isEqualTo("Test Author");
    assertThat(fr.path("author").path("url").asText()).endsWith("/fr/author/test-author");
    assertThat(en.path("author").path("url").asText()).endsWith("/en/author/test-author");
    assertThat(fr.path("articleSection").asText()).isEqualTo("Ocean (fr)");
    assertThat(en.path("articleSection").asText()).isEqualTo("Ocean");
    assertThat(texts(fr.path("keywords"), null)).containsExactly("Lagoon (fr)");
    assertThat(texts(en.path("keywords"), null)).containsExactly("Lagoon");
    assertThat(fr.has("image")).isFalse();

    assertThat(fr.has("translationOfWork")).isFalse();
    assertThat(texts(fr.path("workTranslation"), "@id")).containsExactly(enUrl);
    assertThat(texts(fr.path("workTranslation"), "inLanguage")).containsExactly("en");
    assertThat(fr.path("workTranslation").path(0).path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(en.has("workTranslation")).isFalse();
    assertThat(en.path("translationOfWork").path("@id").asText()).isEqualTo(frUrl);
    assertThat(en.path("translationOfWork").path("inLanguage").asText()).isEqualTo("fr");
  }

  @Test
  void shouldNameThePublisherWithItsLogo() {
    var story = fixtures.story("Ocean", List.of(), published("fr", "Le récif"));
    JsonNode publisher = ofType(structuredData(Html.page(story.path("fr"))), "NewsArticle");
    publisher = publisher.path("publisher");

    assertThat(publisher.path("@type").asText()).isEqualTo("NewsMediaOrganization");
    assertThat(publisher.path("name").asText()).isEqualTo("Gazette");
    assertThat(publisher.path("url").asText()).matches("http://localhost:\\d+/");
    JsonNode logo = publisher.path("logo");
    assertThat(logo.path("@type").asText()).isEqualTo("ImageObject");
    assertThat(logo.path("width").asInt()).isEqualTo(512);
    String path = logo.path("url").asText().replaceFirst("^http://localhost:\\d+", "");
    assertThat(path).isEqualTo("/static/logo-512.png");
    given().when().get(path).then().statusCode(200).contentType("image/png");
  }

  @Test
  void shouldLeadTheTrailFromHomeThroughTheSection() {
    var story = fixtures.story("Ocean", List.of(), published("en", "The reef"));
    JsonNode trail = ofType(structuredData(Html.page(story.path("en"))), "BreadcrumbList");
    JsonNode items = trail.path("itemListElement");

    assertThat(texts(items, "name")).containsExactly("Home", "Ocean", story.in("en").title);
    assertThat(texts(items, "position")).containsExactly("1", "2", "3");
    assertThat(items.path(0).path("item").asText()).endsWith("/en/");
    assertThat(items.path(1).path("item").asText()).endsWith("/en/section/ocean");
    assertThat(items.path(2).path("item").asText()).endsWith(story.path("en"));
  }

  @Test
  void shouldKeepAHostileTitleInsideItsScriptElement() {
    String hostile = "</script><script>alert(1)</script> <!-- & \u2028 >";
    var story = fixtures.story("Ocean", List.of(), published("fr", hostile));
    String html = given().when().get(story.path("fr")).then().statusCode(200).extract().asString();
    Document page = Html.page(story.path("fr"));

    JsonNode article = ofType(structuredData(page), "NewsArticle");
    assertThat(article.path("headline").asText()).isEqualTo(story.in("fr").title);
    assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
    Element script = page.selectFirst("script[type=application/ld+json]");
    assertThat(script.data()).doesNotContain("<", ">", "&", "\u2028").contains("\\u003c/script");
    assertThat(html).doesNotContain("<script>alert(1)");
    String scripts = given().when().get(story.path("fr")).header("Content-Security-Policy");
    assertThat(scriptSources(scripts)).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
  }

  private static String scriptSources(String policy) {
    for (String directive : policy.split(";")) {
      if (directive.strip().startsWith("script-src")) {
        return directive;
      }
    }
    throw new AssertionError("no script-src in " + policy);
  }

  @Test
  void shouldGiveTheLeadPictureAsAbsoluteImagesAndALargeCard() {
    String mark = Fixtures.mark();
    var story = fixtures.story("Ocean", List.of(), published("fr", "La photo"));
    media.lead(story.storyId(), media.asset(1400, 700, MediaFixtures.bilingual(mark)));
    Document page = Html.page(story.path("fr"));

    JsonNode images = ofType(structuredData(page), "NewsArticle").path("image");
    assertThat(images.isArray()).isTrue();
    assertThat(texts(images, null))
        .isNotEmpty()
        .allSatisfy(
            url -> assertThat(url).matches("http://localhost:\\d+/media/[0-9a-f]{32}\\.jpg"));
    assertThat(images.path(0).asText()).isEqualTo(meta(page, "og:image"));
    assertThat(named(page, "twitter:card")).isEqualTo("summary_large_image");
  }

  private static String meta(Document page, String property) {
    Element tag = page.selectFirst("meta[property=" + property + "]");
    assertThat(tag).as(property).isNotNull();
    return tag.attr("content");
  }

  private static String named(Document page, String name) {
    Element tag = page.selectFirst("meta[name=" + name + "]");
    assertThat(tag).as(name).isNotNull();
    return tag.attr("content");
  }
}
