package io.gazette.article;

import static io.gazette.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.media.MediaFixtures;
import io.gazette.media.MediaText;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleImagesTest {

  @Inject Fixtures fixtures;
  @Inject MediaFixtures media;

  private Fixtures.Created storyWithImage(String mark, Map<String, MediaText> texts) {
    var created =
        fixtures.story(
            "World",
            List.of("Pictures " + mark),
            published("fr", "Photo"),
            published("en", "Photo"));
    media.lead(created.storyId(), media.asset(1600, 900, texts));
    return created;
  }

  @Test
  void shouldShowTheLeadImageAtTheTopWithItsRenditionsAndSize() {
    var created = storyWithImage(Fixtures.mark(), MediaFixtures.bilingual("x"));

    Element img = Html.page(created.path("fr")).selectFirst("article figure.lead-image img");

    assertThat(img).isNotNull();
    assertThat(img.attr("src")).matches("/media/[0-9a-f]{32}\\.jpg");
    assertThat(img.attr("srcset")).contains(" 320w").contains(" 1600w");
    assertThat(img.attr("sizes")).isNotBlank();
    assertThat(img.attr("width")).isEqualTo("960");
    assertThat(img.attr("height")).isEqualTo("540");
    assertThat(img.attr("fetchpriority")).isEqualTo("high");
    assertThat(img.hasAttr("loading")).as("the LCP element is never lazy").isFalse();
  }

  @Test
  void shouldShowAltCaptionAndCreditInThePagesLanguage() {
    String mark = Fixtures.mark();
    var created = storyWithImage(mark, MediaFixtures.bilingual(mark));

    Document fr = Html.page(created.path("fr"));
    Document en = Html.page(created.path("en"));

    assertThat(fr.selectFirst("figure.lead-image img").attr("alt"))
        .isEqualTo("Texte alternatif " + mark);
    assertThat(fr.selectFirst("figure.lead-image figcaption .caption").text())
        .isEqualTo("Légende " + mark);
    assertThat(fr.selectFirst("figure.lead-image figcaption .credit").text())
        .isEqualTo("Crédit " + mark);
    assertThat(en.selectFirst("figure.lead-image img").attr("alt")).isEqualTo("Alt text " + mark);
    assertThat(en.selectFirst("figure.lead-image .caption").text()).isEqualTo("Caption " + mark);
    assertThat(en.selectFirst("figure.lead-image .credit").text()).isEqualTo("Credit " + mark);
  }

  @Test
  void shouldWriteAnEmptyAltAndNoFigcaptionWhenNothingIsWrittenInTheLanguage() {
    var created = storyWithImage(Fixtures.mark(), Map.of("fr", new MediaText("Un port", "", "")));

    Document en = Html.page(created.path("en"));

    Element img = en.selectFirst("figure.lead-image img");
    assertThat(img.hasAttr("alt")).isTrue();
    assertThat(img.attr("alt")).isEmpty();
    assertThat(en.select("figure.lead-image figcaption")).isEmpty();
  }

  @Test
  void shouldShowNoImageWhenThePictureHasNoRenditions() {
    var created =
        fixtures.story("World", List.of(), published("fr", "Sans rendu"), published("en", "None"));
    long asset = media.asset(800, 600, MediaFixtures.bilingual("r"));
    media.lead(created.storyId(), asset);
    media.dropRenditions(asset);

    Document page = Html.page(created.path("fr"));

    assertThat(page.select("figure.lead-image")).isEmpty();
    assertThat(page.select("meta[property=og:image]")).isEmpty();
  }

  @Test
  void shouldAnnounceTheImageToLinkPreviewsInThePagesLanguage() {
    String mark = Fixtures.mark();
    var created = storyWithImage(mark, MediaFixtures.bilingual(mark));

    Document en = Html.page(created.path("en"));

    assertThat(en.selectFirst("meta[property=og:image]").attr("content"))
        .matches("https?://[^/]+(:\\d+)?/media/[0-9a-f]{32}\\.jpg");
    assertThat(en.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1280");
    assertThat(en.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("720");
    assertThat(en.selectFirst("meta[property=og:image:alt]").attr("content"))
        .isEqualTo("Alt text " + mark);
    assertThat(en.selectFirst("meta[name=twitter:card]").attr("content"))
        .isEqualTo("summary_large_image");
  }

  @Test
  void shouldAnnounceNoImageForAStoryWithout() {
    Document page = Html.page(ArticlePagesTest.SEED_FR);

    assertThat(page.select("figure.lead-image, meta[property=og:image]")).isEmpty();
    assertThat(page.select("meta[name=twitter:card][content=summary_large_image]")).isEmpty();
  }

  @Test
  void shouldShowLazyThumbnailsOnRelatedCardsInThePagesLanguage() {
    String mark = Fixtures.mark();
    String tag = "Pictures " + mark;
    var pictured =
        fixtures.story(
            "World", List.of(tag), published("fr", "Illustré"), published("en", "Shown"));
    media.lead(pictured.storyId(), media.asset(1000, 500, MediaFixtures.bilingual(mark)));
    var reading =
        fixtures.story("World", List.of(tag), published("fr", "Lu"), published("en", "Read"));

    Element card =
        Html.page(reading.path("en"))
            .selectFirst(".related li:has(a[href$=" + pictured.in("en").slug + "])");

    Element img = card.selectFirst("img.card-image");
    assertThat(img.attr("loading")).isEqualTo("lazy");
    assertThat(img.attr("alt")).isEqualTo("Alt text " + mark);
    assertThat(img.attr("srcset")).contains(" 320w");
    assertThat(img.attr("sizes")).isNotBlank();
    assertThat(img.attr("width")).isEqualTo("320");
    assertThat(img.attr("height")).isEqualTo("160");
  }
}
