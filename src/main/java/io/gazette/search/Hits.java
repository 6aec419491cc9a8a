package io.gazette.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Results from documents found: stored facts, and titles and passages highlighted per language. */
final class Hits {

  private Hits() {}

  static List<SearchHit> of(IndexSearcher searcher, Query query, ScoreDoc[] found, boolean other)
      throws IOException {
    List<Document> docs = new ArrayList<>();
    Map<String, List<Integer>> byLang = new LinkedHashMap<>();
    for (int i = 0; i < found.length; i++) {
      Document doc = searcher.storedFields().document(found[i].doc);
      docs.add(doc);
      byLang.computeIfAbsent(doc.get(SearchFields.LANG), lang -> new ArrayList<>()).add(i);
    }
    String[] titles = new String[found.length];
    String[] bodies = new String[found.length];
    for (var group : byLang.entrySet()) {
      int[] ids = group.getValue().stream().mapToInt(i -> found[i].doc).toArray();
      Snippets.Marked marked = Snippets.of(searcher, query, group.getKey(), ids);
      for (int j = 0; j < ids.length; j++) {
        titles[group.getValue().get(j)] = marked.titles()[j];
        bodies[group.getValue().get(j)] = marked.bodies()[j];
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      hits.add(hit(docs.get(i), titles[i], bodies[i], other));
    }
    return hits;
  }

  private static SearchHit hit(Document doc, String title, String body, boolean other) {
    String lang = doc.get(SearchFields.LANG);
    String plainTitle = doc.get(SearchFields.title(lang));
    IndexableField image = doc.getField(SearchFields.IMAGE);
    return new SearchHit(
        Long.parseLong(doc.get(SearchFields.ID)),
        number(doc, SearchFields.STORY),
        lang,
        doc.get(SearchFields.SLUG),
        plainTitle,
        title != null ? title : escaped(plainTitle),
        body != null ? body : escaped(doc.get(SearchFields.standfirst(lang))),
        Instant.ofEpochMilli(number(doc, SearchFields.PUBLISHED)),
        doc.get(SearchFields.SECTION_NAME),
        doc.get(SearchFields.SECTION_SLUG),
        image == null ? null : image.numericValue().longValue(),
        other);
  }

  /** Stored text shown where no passage was highlighted, escaped as highlighted text is. */
  private static String escaped(String text) {
    return text == null ? "" : org.jsoup.nodes.Entities.escape(text);
  }

  private static long number(Document doc, String field) {
    return doc.getField(field).numericValue().longValue();
  }
}
