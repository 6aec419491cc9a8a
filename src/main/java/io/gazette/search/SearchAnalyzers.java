package io.gazette.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analyzers of the index, one per language: the language is the suffix of every text field's
 * name ({@link SearchFields}), so one wrapper picks the right one for indexing, querying and
 * highlighting alike.
 *
 * <p>Accents are folded after the stop words (whose lists are accented) and before stemming, so
 * that "Corée", "coree" and "COREE" give one term, and the stemmer sees one spelling of each word.
 */
final class SearchAnalyzers extends DelegatingAnalyzerWrapper {

  private static final Analyzer FRENCH = new Chain(Kind.FRENCH);
  private static final Analyzer ENGLISH = new Chain(Kind.ENGLISH);
  private static final Analyzer OTHER = new Chain(Kind.OTHER);
  private static final Analyzer SPELLING = new Chain(Kind.SPELLING);
  private static final Map<String, Analyzer> BY_LANGUAGE = Map.of("fr", FRENCH, "en", ENGLISH);

  SearchAnalyzers() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  /** The analyzer of a language: its own, or a standard one with accent folding. */
  static Analyzer of(String lang) {
    String primary = lang.split("-", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return BY_LANGUAGE.getOrDefault(primary, OTHER);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    if (fieldName.startsWith(SearchFields.SPELL)) {
      return SPELLING;
    }
    int dot = fieldName.indexOf('.');
    return dot < 0 ? OTHER : of(fieldName.substring(dot + 1));
  }

  /** The chains: a language's, the fallback, and the words "did you mean" suggests. */
  private enum Kind {
    FRENCH,
    ENGLISH,
    OTHER,
    SPELLING
  }

  /** One language's chain of filters after the standard (Unicode word break) tokenizer. */
  private static final class Chain extends Analyzer {

    private static final CharArraySet FRENCH_STOP = FrenchAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final Kind kind;

    Chain(Kind kind) {
      this.kind = kind;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, filter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream lower = new LowerCaseFilter(in);
      return kind == Kind.SPELLING ? lower : new ASCIIFoldingFilter(lower);
    }

    private TokenStream filter(TokenStream in) {
      return switch (kind) {
        case FRENCH ->
            new FrenchLightStemFilter(
                new ASCIIFoldingFilter(
                    new StopFilter(
                        new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)),
                        FRENCH_STOP)));
        case ENGLISH ->
            new PorterStemFilter(
                new ASCIIFoldingFilter(
                    new StopFilter(
                        new LowerCaseFilter(new EnglishPossessiveFilter(in)), ENGLISH_STOP)));
        case SPELLING ->
            new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES));
        default -> new ASCIIFoldingFilter(new LowerCaseFilter(in));
      };
    }
  }
}
