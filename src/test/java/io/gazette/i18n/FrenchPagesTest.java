package io.gazette.i18n;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrenchPagesTest {

  static final List<String> FRENCH_PAGES =
      List.of(
          "/fr/",
          "/fr/section/monde",
          "/fr/tag/russie",
          "/fr/author/priya-ramdhony",
          "/fr/le-dirigeant-nord-coreen-kim-jong-un-en-visite-en-russie-les-etats-unis-lancent",
          "/fr/page-qui-n-existe-pas");

  @Test
  void shouldLeaveNoEnglishInterfaceTextOnFrenchPages() throws IOException {
    Properties english = ReaderMessagesTest.bundleFiles("reader").get("en");
    Properties french = ReaderMessagesTest.bundleFiles("reader").get("fr");
    for (String path : FRENCH_PAGES) {
      var document = Jsoup.parse(given().when().get(path).then().extract().asString());
      String text = document.text() + " " + document.select("[aria-label]").eachAttr("aria-label");
      assertThat(document.selectFirst("html").attr("lang")).isEqualTo("fr");
      for (String key : english.stringPropertyNames()) {
        String value = english.getProperty(key);
        // The toggle says "Read in English" in English on purpose; values with parameters are
        // checked by their French counterpart being present instead.
        if (!key.equals("readInThisLanguage")
            && !value.contains("{")
            && !value.equals(french.getProperty(key))) {
          assertThat(text).as("English '%s' on %s", value, path).doesNotContain(value);
        }
      }
    }
  }
}
