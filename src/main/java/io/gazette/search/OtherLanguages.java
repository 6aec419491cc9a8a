package io.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * The stories found in other languages only: one result per story (its best version), none of the
 * stories already found in the reader's language.
 */
final class OtherLanguages {

  // Versions looked at to find MAX_OTHERS stories: a story may match in several languages.
  private static final int CANDIDATES = SearchService.MAX_OTHERS * 3;

  private OtherLanguages() {}

  static List<ScoreDoc> only(IndexSearcher searcher, Query other, Optional<Query> own, Sort sort)
      throws IOException {
    Map<Long, ScoreDoc> byStory = new LinkedHashMap<>();
    for (ScoreDoc doc : searcher.search(other, CANDIDATES, sort).scoreDocs) {
      byStory.putIfAbsent(story(searcher, doc.doc), doc);
    }
    if (own.isPresent() && !byStory.isEmpty()) {
      byStory.keySet().removeAll(foundIn(searcher, own.get(), new ArrayList<>(byStory.keySet())));
    }
    return byStory.values().stream().limit(SearchService.MAX_OTHERS).toList();
  }

  /** Which of the stories the reader's language found too. */
  private static Set<Long> foundIn(IndexSearcher searcher, Query own, List<Long> stories)
      throws IOException {
    Set<Long> found = new HashSet<>();
    Query query = SearchQueries.ofStories(own, stories);
    for (ScoreDoc doc : searcher.search(query, stories.size()).scoreDocs) {
      found.add(story(searcher, doc.doc));
    }
    return found;
  }

  static long story(IndexSearcher searcher, int doc) throws IOException {
    return searcher
        .storedFields()
        .document(doc)
        .getField(SearchFields.STORY)
        .numericValue()
        .longValue();
  }
}
