package io.gazette.translation;

import static io.gazette.Fixtures.published;
import static io.gazette.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.story.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageToggleTest {

  @Inject Fixtures fixtures;

  private static Element toggle(Document page, String lang) {
    return page.selectFirst("nav.language-switch a[hreflang=" + lang + "]");
  }

  @Test
  void shouldToggleFromFrenchToEnglishAndBack() {
    var story =
        fixtures.story(
            "World", List.of(), published("fr", "Le sommet"), published("en", "The summit"));

    var french = Html.page(story.path("fr"));
    Element toEnglish = toggle(french, "en");
    assertThat(toEnglish.text()).isEqualTo("Read in English");
    assertThat(toEnglish.attr("lang")).isEqualTo("en");
    assertThat(toEnglish.attr("href")).endsWith(story.path("en"));

    var english = Html.page(story.path("en"));
    Element toFrench = toggle(english, "fr");
    assertThat(toFrench.text()).isEqualTo("Lire en français");
    assertThat(toFrench.attr("lang")).isEqualTo("fr");
    assertThat(toFrench.attr("href")).endsWith(story.path("fr"));
    assertThat(toggle(english, "en")).as("no toggle to the page itself").isNull();
  }

  @Test
  void shouldOfferNoToggleWithoutPublishedTranslation() {
    var story =
        fixtures.story(
            "World",
            List.of(),
            published("fr", "Seulement en français"),
            withStatus("en", "Not ready yet", ArticleStatus.DRAFT));
    var french = Html.page(story.path("fr"));
    assertThat(french.select("nav.language-switch")).isEmpty();
    assertThat(french.select("link[rel=alternate][hreflang=en]")).isEmpty();
  }

  @Test
  void shouldListEveryPublishedVersionAsAbsoluteAlternateWithXDefaultAndCanonical() {
    var story =
        fixtures.story(
            "World", List.of(), published("fr", "Les élections"), published("en", "The elections"));
    var english = Html.page(story.path("en"));

    assertThat(english.select("link[rel=alternate][hreflang]"))
        .extracting(link -> link.attr("hreflang"))
        .containsExactly("fr", "en", "x-default");
    for (Element link : english.select("link[rel=alternate], link[rel=canonical]")) {
      assertThat(link.attr("href")).startsWith("http://").doesNotContain("/../");
    }
    assertThat(english.selectFirst("link[rel=canonical]").attr("href")).endsWith(story.path("en"));
    assertThat(english.selectFirst("link[hreflang=en]").attr("href")).endsWith(story.path("en"));
    assertThat(english.selectFirst("link[hreflang=x-default]").attr("href"))
        .endsWith(story.path("fr"));
  }

  @Test
  void shouldToggleHomeAndListingsToTheirOwnTranslation() {
    var home = Html.page("/en/");
    assertThat(toggle(home, "fr").attr("href")).endsWith("/fr/");
    assertThat(home.selectFirst("link[hreflang=x-default]").attr("href")).endsWith("/fr/");

    var section = Html.page("/en/section/world");
    assertThat(toggle(section, "fr").attr("href")).endsWith("/fr/section/monde");
    assertThat(toggle(section, "fr").text()).isEqualTo("Lire en français");

    var tag = Html.page("/fr/tag/coree-du-nord");
    assertThat(toggle(tag, "en").attr("href")).endsWith("/en/tag/north-korea");
  }
}
