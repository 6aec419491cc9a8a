package io.gazette.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.GazetteConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  static Languages of(String... tags) {
    return new Languages(
        new GazetteConfig() {
          public String dataDir() {
            return "./data";
          }

          public List<String> languages() {
            return List.of(tags);
          }

          public String timezone() {
            return "Indian/Mauritius";
          }

          public boolean demoContent() {
            return false;
          }

          public String siteName() {
            return "Gazette";
          }

          public Optional<String> appUrl() {
            return Optional.empty();
          }

          public Optional<String> baseUrl() {
            return Optional.empty();
          }

          public Admin admin() {
            return null;
          }

          public PageCache pageCache() {
            return null;
          }

          public SignIn signIn() {
            return null;
          }

          public Comments comments() {
            return null;
          }

          public Breaking breaking() {
            return null;
          }

          public Webhooks webhooks() {
            return null;
          }
        });
  }

  @Test
  void shouldTakeTheFirstConfiguredLanguageAsDefault() {
    assertThat(of("en", "fr").defaultLanguage().code()).isEqualTo("en");
  }

  @Test
  void shouldNameEachLanguageInItselfWithItsDirection() {
    var languages = of("fr", "en", "ar");
    assertThat(languages.find("fr").orElseThrow().name()).isEqualTo("Français");
    assertThat(languages.find("en").orElseThrow().dir()).isEqualTo("ltr");
    assertThat(languages.find("ar").orElseThrow().dir()).isEqualTo("rtl");
  }

  @Test
  void shouldAcceptAnyBcp47TagSuchAsMorisyen() {
    var languages = of("fr", "en", "mfe");
    assertThat(languages.find("mfe")).isPresent();
    assertThat(languages.negotiate("mfe-MU, fr;q=0.5").code()).isEqualTo("mfe");
  }

  @Test
  void shouldNegotiateWithQualityValuesAndRegionFallback() {
    var languages = of("fr", "en");
    assertThat(languages.negotiate("en-GB").code()).isEqualTo("en");
    assertThat(languages.negotiate("de, en;q=0.1, fr;q=0.2").code()).isEqualTo("fr");
    assertThat(languages.negotiate("*").code()).isEqualTo("fr");
    assertThat(languages.negotiate(null).code()).isEqualTo("fr");
    assertThat(languages.negotiate("en;q=nope").code()).isEqualTo("fr");
  }
}
