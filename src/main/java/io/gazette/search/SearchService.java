package io.gazette.search;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Runs a reader's search on this node's index: the reader's language first, then the stories found
 * only in other languages (at most {@link #MAX_OTHERS}), newest first or best match first. Only the
 * first {@link #MAX_RESULTS} results of the reader's language can be paged to: past them a search
 * should be narrowed, not paged.
 */
@ApplicationScoped
public class SearchService {

  static final int MAX_RESULTS = 1_000;
  static final int MAX_OTHERS = 50;
  private static final Sort NEWEST =
      new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));

  private final SearchIndex index;
  private final Languages languages;

  SearchService(SearchIndex index, Languages languages) {
    this.index = index;
    this.languages = languages;
  }

  /** The results of a search; nothing at all for a text without a word to search. */
  public SearchResults search(SearchRequest request) {
    SearchText text = SearchText.of(request.typed());
    if (text.isBlank()) {
      return SearchResults.none(text, request.page(), request.size(), Optional.empty());
    }
    return index.search(searcher -> run(searcher, text, request));
  }

  private SearchResults run(IndexSearcher searcher, SearchText text, SearchRequest request) {
    String lang = request.lang();
    List<String> others = otherLanguages(lang);
    Optional<Query> own = SearchQueries.inLanguage(text.text(), lang, request.sectionId());
    Optional<Query> other = SearchQueries.inLanguages(text.text(), others, request.sectionId());
    Sort sort = request.order() == SearchOrder.NEWEST ? NEWEST : Sort.RELEVANCE;
    try {
      long ownTotal = own.isPresent() ? searcher.count(own.get()) : 0;
      List<ScoreDoc> otherDocs =
          other.isPresent() ? OtherLanguages.only(searcher, other.get(), own, sort) : List.of();
      long total = ownTotal + otherDocs.size();
      if (total == 0) {
        List<String> spellIn = new ArrayList<>(List.of(lang));
        spellIn.addAll(others);
        var suggestion = Suggestions.of(searcher.getIndexReader(), text.text(), spellIn);
        return SearchResults.none(text, request.page(), request.size(), suggestion);
      }
      List<SearchHit> hits = new ArrayList<>();
      long from = (long) (request.page() - 1) * request.size();
      long to = Math.min(from + request.size(), total);
      if (from < ownTotal && to <= MAX_RESULTS) {
        int upTo = (int) Math.min(to, ownTotal);
        ScoreDoc[] top = searcher.search(own.get(), upTo, sort).scoreDocs;
        hits.addAll(Hits.of(searcher, own.get(), slice(top, (int) from, upTo), false));
      }
      if (to > ownTotal && to - ownTotal <= MAX_OTHERS) {
        int start = (int) Math.max(0, from - ownTotal);
        ScoreDoc[] page = otherDocs.subList(start, (int) (to - ownTotal)).toArray(ScoreDoc[]::new);
        hits.addAll(Hits.of(searcher, other.get(), page, true));
      }
      return new SearchResults(
          text.text(),
          text.shortened(),
          hits,
          total,
          ownTotal,
          request.page(),
          request.size(),
          Optional.empty());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private List<String> otherLanguages(String lang) {
    return languages.all().stream().map(Language::code).filter(code -> !code.equals(lang)).toList();
  }

  private static ScoreDoc[] slice(ScoreDoc[] docs, int from, int to) {
    return from >= docs.length
        ? new ScoreDoc[0]
        : java.util.Arrays.copyOfRange(docs, from, Math.min(to, docs.length));
  }
}
