package io.gazette.revision;

import com.github.difflib.text.DiffRowGenerator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The difference between two versions of an article's text, paragraph by paragraph and, inside a
 * changed paragraph, word by word. Texts are escaped; only {@code <del>} and {@code <ins>} mark the
 * changes.
 */
public final class TextDiff {

  /** One paragraph of the comparison. */
  public record Row(String tag, String oldHtml, String newHtml) {
    public boolean changed() {
      return !"EQUAL".equals(tag);
    }
  }

  private static final DiffRowGenerator WORDS =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .mergeOriginalRevised(false)
          .oldTag(start -> start ? "<del>" : "</del>")
          .newTag(start -> start ? "<ins>" : "</ins>")
          .build();

  private TextDiff() {}

  /** The rows comparing title, standfirst and body paragraphs of two texts. */
  public static List<Row> between(
      String oldTitle,
      String oldStandfirst,
      String oldBody,
      String newTitle,
      String newStandfirst,
      String newBody) {
    List<String> before = paragraphs(oldTitle, oldStandfirst, oldBody);
    List<String> after = paragraphs(newTitle, newStandfirst, newBody);
    return WORDS.generateDiffRows(before, after).stream()
        .map(row -> new Row(row.getTag().name(), row.getOldLine(), row.getNewLine()))
        .toList();
  }

  /** Whether anything differs. */
  public static boolean anyChange(List<Row> rows) {
    return rows.stream().anyMatch(Row::changed);
  }

  static List<String> paragraphs(String title, String standfirst, String bodyHtml) {
    var blocks =
        Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml)
            .select("p, div:not(:has(p, div)), blockquote, li, h2, h3, h4, figcaption")
            .stream()
            .map(Element::text)
            .filter(text -> !text.isBlank());
    return Stream.concat(
            Stream.of(title == null ? "" : title, standfirst == null ? "" : standfirst), blocks)
        .toList();
  }
}
