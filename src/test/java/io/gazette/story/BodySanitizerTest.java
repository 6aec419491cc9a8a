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

  private static final String A = "/media/0123456789abcdef0123456789abcdef.jpg";
  private static final String B = "/media/fedcba9876543210fedcba9876543210.jpg";

  private static String figure(String img) {
    return "<figure class=\"inline-image\" data-media-id=\"12\">"
        + img
        + "<figcaption>Le port de Port-Louis</figcaption></figure>";
  }

  @Test
  void shouldKeepTheLibrarysInlineFigureAsItIs() {
    String html =
        figure(
            "<img src=\""
                + A
                + "\" alt=\"Le port\" width=\"960\" height=\"640\" srcset=\""
                + A
                + " 320w, "
                + B
                + " 960w\" sizes=\"(min-width: 40em) 40rem, 100vw\" loading=\"lazy\">");

    assertThat(BodySanitizer.sanitize("<p>Avant</p>" + html)).isEqualTo("<p>Avant</p>" + html);
  }

  @Test
  void shouldDropEveryImageThatIsNotARenditionOfTheLibrary() {
    for (String src :
        new String[] {
          "https://evil.example/pixel.gif",
          "https://evil.example" + A,
          "//evil.example" + A,
          "data:image/png;base64,iVBORw0KGgo=",
          "javascript:alert(1)",
          A + "?x=1",
          "/media/../admin.jpg"
        }) {
      assertThat(BodySanitizer.sanitize("<p>Texte<img src=\"" + src + "\" alt=\"x\"></p>"))
          .as(src)
          .isEqualTo("<p>Texte</p>");
    }
  }

  @Test
  void shouldDropTheSrcsetWithABadCandidateAndKeepTheImage() {
    String clean =
        BodySanitizer.sanitize(
            "<img src=\""
                + A
                + "\" alt=\"Le port\" srcset=\""
                + A
                + " 320w, https://evil.example"
                + B
                + " 960w\">");

    assertThat(clean).isEqualTo("<img src=\"" + A + "\" alt=\"Le port\">");
  }

  @Test
  void shouldDropAttributesOutsideTheInlineShape() {
    String clean =
        BodySanitizer.sanitize(
            "<figure class=\"x\" data-media-id=\"12 or 1\" style=\"color:red\"><img src=\""
                + A
                + "\" width=\"100%\" height=\"40\" loading=\"soon\" onload=\"steal()\" title=\"t\"></figure>");

    assertThat(clean)
        .isEqualTo("<figure class=\"x\"><img src=\"" + A + "\" height=\"40\"></figure>");
  }
}
