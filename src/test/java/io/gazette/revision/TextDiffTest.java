package io.gazette.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void shouldCompareParagraphByParagraphAndWordByWord() {
    var rows =
        TextDiff.between(
            "Title",
            "",
            "<p>Same.</p><p>The old word.</p>",
            "Title",
            "",
            "<p>Same.</p><p>The new word.</p>");
    assertThat(rows).filteredOn(TextDiff.Row::changed).hasSize(1);
    assertThat(rows).anyMatch(row -> row.oldHtml().equals("The <del>old</del> word."));
    assertThat(rows).anyMatch(row -> row.newHtml().equals("The <ins>new</ins> word."));
  }

  @Test
  void shouldEscapeTheTextItCompares() {
    var rows =
        TextDiff.between(
            "T", "", "<p>a</p>", "T", "", "<p>a &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    assertThat(rows.toString()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void shouldSeeNoChangeInEqualTexts() {
    assertThat(TextDiff.anyChange(TextDiff.between("T", "S", "<p>x</p>", "T", "S", "<p>x</p>")))
        .isFalse();
  }
}
