package io.gazette.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene queries from a reader's text. The simple query parser never fails on what it is given:
 * quotes make phrases, {@code -} excludes, {@code *} ends a prefix, {@code |} is an "or", and
 * anything it cannot read is taken as words. Every word must be found, in the title (weighted
 * most), the standfirst or the body, each analyzed by the rules of the language searched.
 */
final class SearchQueries {

  private static final float TITLE = 3f;
  private static final float STANDFIRST = 2f;
  private static final float BODY = 1f;
  // Fuzzy matching (~) is left out: its cost grows with the index, and stemming covers plurals.
  private static final int FLAGS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.NEAR_OPERATOR;

  private SearchQueries() {}

  /** The text's query on one language's fields, or empty when it holds no word to search. */
  static Optional<Query> text(String text, String lang) {
    Map<String, Float> weights =
        Map.of(
            SearchFields.title(lang), TITLE,
            SearchFields.standfirst(lang), STANDFIRST,
            SearchFields.body(lang), BODY);
    SimpleQueryParser parser = new SimpleQueryParser(new SearchAnalyzers(), weights, FLAGS);
    parser.setDefaultOperator(Occur.MUST);
    Query query = parser.parse(text);
    return query == null || query instanceof MatchNoDocsQuery
        ? Optional.empty()
        : Optional.of(query);
  }

  /** Articles of {@code lang} matching the text, in a section when {@code sectionId} is set. */
  static Optional<Query> inLanguage(String text, String lang, Long sectionId) {
    return text(text, lang).map(query -> filtered(query, lang, sectionId));
  }

  /** Articles of any of {@code langs} matching the text, each language by its own rules. */
  static Optional<Query> inLanguages(String text, Collection<String> langs, Long sectionId) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String lang : langs) {
      Optional<Query> query = inLanguage(text, lang, sectionId);
      if (query.isPresent()) {
        any.add(query.get(), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? Optional.empty() : Optional.of(any.build());
  }

  /** Restricts a query to the given stories. */
  static Query ofStories(Query query, List<Long> storyIds) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(LongPoint.newSetQuery(SearchFields.STORY, storyIds), Occur.FILTER)
        .build();
  }

  private static Query filtered(Query query, String lang, Long sectionId) {
    BooleanQuery.Builder filtered =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(new TermQuery(new Term(SearchFields.LANG, lang)), Occur.FILTER);
    if (sectionId != null) {
      filtered.add(
          new TermQuery(new Term(SearchFields.SECTION, Long.toString(sectionId))), Occur.FILTER);
    }
    return filtered.build();
  }
}
