package io.gazette.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIsolationTest {

  @Test
  void shouldPutTheEscapedNameInABdiWhereTheSlotIs() {
    String sentence = "Répondre à " + NameIsolation.NAME_SLOT + " & co";
    assertThat(NameIsolation.withName(sentence, "<b>محمد</b>").getValue())
        .isEqualTo("Répondre à <bdi>&lt;b&gt;محمد&lt;/b&gt;</bdi> &amp; co");
  }

  @Test
  void shouldIsolateANameForAttributesWithoutIsolatesOfItsOwn() {
    assertThat(NameIsolation.isolated("abc\u2069\u202Exyz")).isEqualTo("\u2068abc\u202Exyz\u2069");
    assertThat(NameIsolation.isolated(null)).isEqualTo("\u2068\u2069");
  }
}
