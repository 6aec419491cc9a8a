package io.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

  static List<String> terms(String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = new SearchAnalyzers().tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    }
    return terms;
  }

  @Test
  void shouldGiveOneFrenchTermWhateverTheAccentsAndCase() throws IOException {
    String field = SearchFields.body("fr");
    assertThat(terms(field, "Corée"))
        .isEqualTo(terms(field, "coree"))
        .isEqualTo(terms(field, "COREE"));
    assertThat(terms(field, "négociations")).isEqualTo(terms(field, "négociation"));
  }

  @Test
  void shouldDropFrenchElisionsAndStopWords() throws IOException {
    String field = SearchFields.body("fr");
    assertThat(terms(field, "l’Assemblée et d'Europe")).isEqualTo(terms(field, "assemblee europe"));
  }

  @Test
  void shouldStemEnglish() throws IOException {
    String field = SearchFields.body("en");
    assertThat(terms(field, "Negotiations")).isEqualTo(terms(field, "negotiation"));
    assertThat(terms(field, "Korea's")).isEqualTo(terms(field, "korea"));
  }

  @Test
  void shouldFoldAccentsInALanguageWithoutItsOwnAnalyzer() throws IOException {
    String field = SearchFields.body("de");
    assertThat(terms(field, "Übersee Straße")).isEqualTo(List.of("ubersee", "strasse"));
  }

  @Test
  void shouldCleanAndCutAnyText() {
    assertThat(SearchText.of("a\u0000b\u202ec").text()).isEqualTo("a b c");
    SearchText huge = SearchText.of("mot ".repeat(5_000));
    assertThat(huge.shortened()).isTrue();
    assertThat(huge.text().split(" ")).hasSizeLessThanOrEqualTo(SearchText.MAX_WORDS);
  }
}
