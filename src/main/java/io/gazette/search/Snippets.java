package io.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted titles and passages of results: the stored text is HTML-escaped first, then the words
 * the query found are wrapped in {@code <mark>}, so what a story says can never become markup.
 */
final class Snippets {

  private static final int PASSAGE_CHARS = 180;

  /**
   * The highlighted titles and body passages of {@code docs}, all of one language.
   *
   * @param titles one per doc
   * @param bodies one per doc
   */
  record Marked(String[] titles, String[] bodies) {}

  private Snippets() {}

  static Marked of(IndexSearcher searcher, Query query, String lang, int[] docs) {
    Locale locale = Locale.forLanguageTag(lang);
    UnifiedHighlighter titles =
        highlighter(searcher).withBreakIterator(WholeBreakIterator::new).build();
    UnifiedHighlighter bodies =
        highlighter(searcher)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(locale), PASSAGE_CHARS, 0.3f))
            .build();
    try {
      return new Marked(
          field(titles, SearchFields.title(lang), query, docs),
          field(bodies, SearchFields.body(lang), query, docs));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static UnifiedHighlighter.Builder highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, new SearchAnalyzers())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withHighlightPhrasesStrictly(true);
  }

  private static String[] field(
      UnifiedHighlighter highlighter, String field, Query query, int[] docs) throws IOException {
    Map<String, String[]> marked =
        highlighter.highlightFields(new String[] {field}, query, docs, new int[] {1});
    return marked.get(field);
  }
}
