package io.gazette.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

  @Test
  void shouldRemoveScriptsAndEventHandlers() {
    String clean =
        BodySanitizer.sanitize(
            "<p onclick=\"steal()\">Texte</p><script>alert(1)</script><img src=x onerror=alert(1)>");
    assertThat(clean).isEqualTo("<p>Texte</p>");
  }

  @Test
  void shouldDropJavascriptLinksButKeepWebLinks() {
    assertThat(BodySanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>"))
        .isEqualTo("<a>x</a>");
    assertThat(BodySanitizer.sanitize("<a href=\"https://example.org/\">x</a>"))
        .isEqualTo("<a href=\"https://example.org/\">x</a>");
  }

  @Test
  void shouldKeepEditorialStructure() {
    String html =
        "<h2>Titre</h2><p><em>a</em> <strong>b</strong></p><blockquote>c</blockquote><ul><li>d</li></ul>";
    assertThat(BodySanitizer.sanitize(html)).isEqualTo(html);
  }
}
