package io.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.i18n.Language;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

  @Test
  void shouldEscapeWhatCouldEndTheScriptElementAndStillRoundTrip() throws Exception {
    String title = "</script><script>alert(1)</script> <!-- a & b \u2028\u2029 -->";
    String script =
        StructuredData.script(StructuredData.node("NewsArticle").put("headline", title)).getValue();

    assertThat(script).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(script).contains("\\u003c/script\\u003e", "\\u003c!--", "\\u0026", "\\u2028");
    var parsed = new ObjectMapper().readTree(script);
    assertThat(parsed.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(parsed.path("@graph").path(0).path("headline").asText()).isEqualTo(title);
  }

  @Test
  void shouldMapLanguagesToOpenGraphLocales() {
    assertThat(OpenGraph.locale(language("fr"))).isEqualTo("fr_FR");
    assertThat(OpenGraph.locale(language("en"))).isEqualTo("en_US");
    assertThat(OpenGraph.locale(language("en-GB"))).isEqualTo("en_GB");
    assertThat(OpenGraph.locale(language("mfe"))).isEqualTo("mfe_MU");
    assertThat(OpenGraph.locale(language("ar"))).isEqualTo("ar_EG");
  }

  private static Language language(String tag) {
    return new Language(tag, Locale.forLanguageTag(tag), tag, "ltr", false);
  }
}
