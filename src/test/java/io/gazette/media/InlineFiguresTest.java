package io.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Library pictures in bodies are written again from the library, in the body's language. */
@QuarkusTest
class InlineFiguresTest {

  @Inject InlineFigures figures;
  @Inject MediaFixtures media;
  @Inject MediaImages images;

  @Test
  @Transactional
  void shouldWriteAnEditorsImageAgainAsTheLibrarysFigureInTheBodysLanguage() {
    String mark = Fixtures.mark();
    long id = media.asset(1200, 800, MediaFixtures.bilingual(mark));
    String src = images.one(id, "fr").orElseThrow().url();
    // As Trix leaves it: the image and a caption, no id, no alt, no srcset.
    String typed =
        "<p>Avant.</p><figure class=\"attachment\"><img src=\""
            + src
            + "\">"
            + "<figcaption class=\"attachment__caption\">à revoir</figcaption></figure>";

    Element french = Jsoup.parseBodyFragment(figures.normalize(typed, "fr")).selectFirst("figure");
    Element english = Jsoup.parseBodyFragment(figures.normalize(typed, "en")).selectFirst("figure");

    assertThat(french.attr("data-media-id")).isEqualTo(Long.toString(id));
    assertThat(french.selectFirst("img").attr("alt")).isEqualTo(images.one(id, "fr").get().alt());
    assertThat(english.selectFirst("img").attr("alt")).isEqualTo(images.one(id, "en").get().alt());
    assertThat(french.selectFirst("img").attr("srcset")).contains("320w");
    assertThat(french.selectFirst("img").attr("loading")).isEqualTo("lazy");
    assertThat(french.text()).doesNotContain("à revoir");
  }

  @Test
  @Transactional
  void shouldRemoveAFigureWhosePictureIsGone() {
    String body = "<p>Texte.</p><figure data-media-id=\"999999999\"><img src=\"x\"></figure>";

    assertThat(figures.normalize(body + "<p>/media/</p>", "fr")).doesNotContain("figure");
  }
}
