package io.gazette.listing;

import static io.gazette.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.Fixtures;
import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomeAndListingMetaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Fixtures fixtures;

  private static JsonNode graph(Document page) throws Exception {
    Elements scripts = page.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    JsonNode document = JSON.readTree(scripts.first().data());
    assertThat(document.path("@context").asText()).isEqualTo("https://schema.org");
    return document.path("@graph");
  }

  private static JsonNode ofType(JsonNode graph, String type) {
    for (JsonNode node : graph) {
      if (node.path("@type").asText().equals(type)) {
        return node;
      }
    }
    throw new AssertionError("no " + type + " in " + graph);
  }

  private static String meta(Document page, String property) {
    return page.selectFirst("meta[property=" + property + "]").attr("content");
  }

  private static String description(Document page) {
    return page.selectFirst("meta[name=description]").attr("content");
  }

  @Test
  void shouldDescribeTheHomeAsAWebSiteWithItsSearchAndPublisher() throws Exception {
    Document home = Html.page("/fr/");
    JsonNode graph = graph(home);
    JsonNode site = ofType(graph, "WebSite");

    assertThat(site.path("name").asText()).isEqualTo("Gazette");
    assertThat(site.path("url").asText()).matches("http://localhost:\\d+/fr/");
    assertThat(site.path("inLanguage").asText()).isEqualTo("fr");
    JsonNode search = site.path("potentialAction");
    assertThat(search.path("@type").asText()).isEqualTo("SearchAction");
    assertThat(search.path("target").path("urlTemplate").asText())
        .matches("http://localhost:\\d+/fr/search\\?q=\\{search_term_string}");
    assertThat(search.path("query-input").asText()).isEqualTo("required name=search_term_string");
    JsonNode publisher = ofType(graph, "NewsMediaOrganization");
    assertThat(publisher.path("name").asText()).isEqualTo("Gazette");
    assertThat(publisher.path("logo").path("url").asText()).endsWith("/static/logo-512.png");
    assertThat(site.path("publisher").path("@id").asText())
        .isEqualTo(publisher.path("@id").asText());
    assertThat(ofType(graph(Html.page("/en/")), "WebSite").path("inLanguage").asText())
        .isEqualTo("en");
  }

  @Test
  void shouldGiveTheHomeItsDescriptionAndOpenGraphInItsLanguage() {
    Document fr = Html.page("/fr/");
    Document en = Html.page("/en/");

    assertThat(description(fr)).isEqualTo("Toute l’actualité de Maurice et du monde, par Gazette.");
    assertThat(description(en))
        .isEqualTo("The latest news from Mauritius and the world, by Gazette.");
    assertThat(meta(fr, "og:type")).isEqualTo("website");
    assertThat(meta(fr, "og:title")).isEqualTo("Gazette : l’actualité de Maurice et du monde");
    assertThat(meta(fr, "og:url")).endsWith("/fr/");
    assertThat(meta(fr, "og:site_name")).isEqualTo("Gazette");
    assertThat(meta(fr, "og:locale")).isEqualTo("fr_FR");
    assertThat(meta(en, "og:locale")).isEqualTo("en_US");
    assertThat(meta(en, "og:locale:alternate")).isEqualTo("fr_FR");
  }

  @Test
  void shouldPointEveryHomeAtTheSameXDefaultAsArticles() {
    for (String home : List.of("/fr/", "/en/")) {
      Document page = Html.page(home);
      assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith(home);
      assertThat(page.selectFirst("link[hreflang=x-default]").attr("href"))
          .as(home)
          .matches("http://localhost:\\d+/fr/");
      assertThat(page.select("link[rel=alternate][hreflang]"))
          .extracting(link -> link.attr("href").replaceFirst("^http://localhost:\\d+", ""))
          .containsExactly("/fr/", "/en/", "/fr/");
    }
  }

  @Test
  void shouldDescribeListingsInTheirLanguageWithBreadcrumbs() throws Exception {
    var story = fixtures.story("Harbour", List.of("Quay"), published("fr", "Le quai"));
    Document section = Html.page("/fr/section/harbour-fr");
    Document tag = Html.page("/fr/tag/quay-fr");
    Document english = Html.page("/en/tag/north-korea");
    Document author = Html.page("/fr/author/test-author");

    assertThat(description(section))
        .isEqualTo("Les dernières nouvelles de la rubrique Harbour (fr) sur Gazette.");
    assertThat(description(tag))
        .isEqualTo("Les derniers articles avec le mot-clé « Quay (fr) » sur Gazette.");
    assertThat(description(english))
        .isEqualTo("The latest articles tagged “North Korea” on Gazette.");
    assertThat(description(author)).isEqualTo("Les derniers articles de Test Author sur Gazette.");
    assertThat(meta(section, "og:type")).isEqualTo("website");
    assertThat(meta(section, "og:title")).isEqualTo("Harbour (fr)");
    assertThat(meta(section, "og:url")).endsWith("/fr/section/harbour-fr");
    assertThat(meta(section, "og:locale")).isEqualTo("fr_FR");
    assertThat(meta(tag, "og:description")).isEqualTo(description(tag));

    JsonNode items = ofType(graph(section), "BreadcrumbList").path("itemListElement");
    List<String> names = new ArrayList<>();
    items.forEach(item -> names.add(item.path("name").asText()));
    assertThat(names).containsExactly("Accueil", "Harbour (fr)");
    assertThat(items.path(1).path("item").asText()).endsWith("/fr/section/harbour-fr");
    assertThat(story.in("fr")).isNotNull();
  }
}
