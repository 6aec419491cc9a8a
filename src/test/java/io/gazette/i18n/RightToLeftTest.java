package io.gazette.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Html;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A third, right-to-left language added by configuration alone. */
@QuarkusTest
@TestProfile(RightToLeftTest.WithArabic.class)
class RightToLeftTest {

  public static class WithArabic implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("gazette.languages", "fr,en,ar");
    }
  }

  @Test
  void shouldServeRightToLeftLanguageWithDirRtl() {
    var home = Html.page("/ar/");
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ar");
    assertThat(home.selectFirst("html").attr("dir")).isEqualTo("rtl");
  }

  @Test
  void shouldOfferTheThirdLanguageInTheHomeToggleAndAlternates() {
    var home = Html.page("/fr/");
    assertThat(home.select("link[rel=alternate][hreflang=ar]")).hasSize(1);
    var toArabic = home.selectFirst("nav.language-switch a[hreflang=ar]");
    assertThat(toArabic.attr("dir")).isEqualTo("rtl");
    assertThat(Html.page("/fr/").selectFirst("html").attr("dir")).isEqualTo("ltr");
  }

  @Test
  void shouldListTheThirdLanguageRightToLeftInTheApi() {
    var languages = io.gazette.api.PublicApi.ok("/api/v1/languages").jsonPath();
    assertThat(languages.getList("items.code")).containsExactly("fr", "en", "ar");
    assertThat(languages.getString("items[2].dir")).isEqualTo("rtl");
    assertThat(languages.getString("items[2].name")).isEqualTo("العربية");
  }
}
