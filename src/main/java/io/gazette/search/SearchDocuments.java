package io.gazette.search;

import io.gazette.story.Article;
import io.gazette.taxonomy.LocalizedName;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.jsoup.Jsoup;

/** An article as the index holds it: the texts readers see, and what a result shows. */
final class SearchDocuments {

  private SearchDocuments() {}

  /** The document of a published article, its story, section and lead picture loaded. */
  static Document of(Article article) {
    String lang = article.lang;
    String standfirst = article.standfirst == null ? "" : article.standfirst;
    String body = Jsoup.parseBodyFragment(article.bodyHtml).text();
    Document doc = new Document();
    doc.add(new StringField(SearchFields.ID, Long.toString(article.id), Field.Store.YES));
    doc.add(new StringField(SearchFields.LANG, lang, Field.Store.YES));
    doc.add(new StoredField(SearchFields.STORY, article.story.id));
    doc.add(new NumericDocValuesField(SearchFields.STORY, article.story.id));
    doc.add(new LongPoint(SearchFields.STORY, article.story.id));
    doc.add(new StoredField(SearchFields.SLUG, article.slug));
    doc.add(new StoredField(SearchFields.VERSION, article.version));
    long published = article.publishedAt == null ? 0 : article.publishedAt.toEpochMilli();
    doc.add(new StoredField(SearchFields.PUBLISHED, published));
    doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, published));
    section(doc, article);
    Long image = article.story.leadImageId();
    if (image != null) {
      doc.add(new StoredField(SearchFields.IMAGE, image));
    }
    doc.add(new Field(SearchFields.title(lang), article.title, SearchFields.TEXT));
    doc.add(new Field(SearchFields.standfirst(lang), standfirst, SearchFields.TEXT));
    doc.add(new Field(SearchFields.body(lang), body, SearchFields.TEXT));
    String words = article.title + "\n" + standfirst + "\n" + body;
    doc.add(new TextField(SearchFields.spell(lang), words, Field.Store.NO));
    return doc;
  }

  private static void section(Document doc, Article article) {
    var section = article.story.section;
    doc.add(new StringField(SearchFields.SECTION, Long.toString(section.id), Field.Store.YES));
    LocalizedName label = section.label(article.lang).orElse(null);
    if (label != null) {
      doc.add(new StoredField(SearchFields.SECTION_NAME, label.name));
      doc.add(new StoredField(SearchFields.SECTION_SLUG, label.slug));
    }
  }
}
