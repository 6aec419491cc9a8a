package io.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentExtensionsTest {

  private static String html(String body) {
    return CommentExtensions.bodyHtml(new CommentView(1L, null, "A", body, Instant.now(), false))
        .getValue();
  }

  @Test
  void shouldEscapeMarkupAndKeepLineBreaks() {
    assertThat(html("<script>alert(1)</script>\n<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;<br>\n&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void shouldLinkWebAddressesWithoutTrailingPunctuation() {
    assertThat(html("Voir https://example.com/a?b=1&c=2. Merci"))
        .isEqualTo(
            "Voir <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc\">"
                + "https://example.com/a?b=1&amp;c=2</a>. Merci");
  }

  @Test
  void shouldNeverLinkOtherSchemes() {
    assertThat(html("javascript:alert(1) data:text/html,x")).doesNotContain("<a");
  }
}
