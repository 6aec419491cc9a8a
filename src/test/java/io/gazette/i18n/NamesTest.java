package io.gazette.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void shouldRefuseEveryBidiControlAndInvisibleCharacter() {
    for (String hidden : HiddenCharacters.ALL) {
      assertThat(Names.hasHiddenCharacters(HiddenCharacters.marieWith(hidden)))
          .as(HiddenCharacters.label(hidden))
          .isTrue();
    }
  }

  @Test
  void shouldKeepNamesInEveryScript() {
    assertThat(Names.hasHiddenCharacters("Zoé N’Diaye-Li")).isFalse();
    assertThat(Names.hasHiddenCharacters("محمد بن سلمان")).isFalse();
    assertThat(Names.hasHiddenCharacters("שרה לוי")).isFalse();
    assertThat(Names.hasHiddenCharacters("李小龍 😀")).isFalse();
    assertThat(Names.hasHiddenCharacters(null)).isFalse();
  }

  @Test
  void shouldKeepJoinersBetweenLettersMarksAndEmoji() {
    // Persian "mikhaham": the non-joiner keeps "mi" apart from the verb.
    assertThat(Names.hasHiddenCharacters("می\u200Cخواهم")).isFalse();
    // Devanagari "ksha" written with an explicit half form: virama, joiner, letter.
    assertThat(Names.hasHiddenCharacters("क्\u200Dष")).isFalse();
    assertThat(Names.hasHiddenCharacters("👩\u200D💻")).isFalse();
    assertThat(Names.hasHiddenCharacters("🏳\uFE0F\u200D🌈")).isFalse();
    assertThat(Names.hasHiddenCharacters("👩🏽\u200D💻")).isFalse();
  }

  @Test
  void shouldRefuseJoinersThatJoinNothing() {
    for (String joiner : List.of("\u200C", "\u200D")) {
      assertThat(Names.hasHiddenCharacters(joiner + "Marie")).isTrue();
      assertThat(Names.hasHiddenCharacters("Marie" + joiner)).isTrue();
      assertThat(Names.hasHiddenCharacters("Marie " + joiner + "Dupont")).isTrue();
      assertThat(Names.hasHiddenCharacters("Marie" + joiner + joiner + "Dupont")).isTrue();
      assertThat(Names.hasHiddenCharacters("Ma" + joiner + "\u202E" + "rie")).isTrue();
      assertThat(Names.hasHiddenCharacters("12" + joiner + "34")).isTrue();
    }
  }
}
