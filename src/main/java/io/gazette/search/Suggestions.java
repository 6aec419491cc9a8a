package io.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word of a text that no article of a language holds, replaced by the closest
 * word that articles hold (as written, accents included), from the index itself.
 */
final class Suggestions {

  private Suggestions() {}

  /** A spelling of {@code text} closer to the words of {@code langs}' articles, if any. */
  static Optional<String> of(IndexReader reader, String text, List<String> langs) {
    List<String> words = words(text);
    for (String lang : langs) {
      Optional<String> respelled = respell(reader, words, lang);
      if (respelled.isPresent()) {
        return respelled;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> respell(IndexReader reader, List<String> words, String lang) {
    DirectSpellChecker checker = new DirectSpellChecker();
    List<String> respelled = new ArrayList<>();
    boolean changed = false;
    try {
      for (String word : words) {
        SuggestWord[] close =
            checker.suggestSimilar(
                new Term(SearchFields.spell(lang), word),
                1,
                reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        changed |= close.length > 0;
        respelled.add(close.length > 0 ? close[0].string : word);
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    return changed ? Optional.of(String.join(" ", respelled)) : Optional.empty();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = new SearchAnalyzers().tokenStream(SearchFields.SPELL, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    return words;
  }
}
