package io.gazette.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's field names. Text fields carry their language after a dot ({@code title.fr}), which
 * chooses their analyzer ({@link SearchAnalyzers}) and lets one query search each language with its
 * own rules.
 */
final class SearchFields {

  static final String ID = "id";
  static final String STORY = "story";
  static final String LANG = "lang";
  static final String SECTION = "section";
  static final String SECTION_NAME = "sectionName";
  static final String SECTION_SLUG = "sectionSlug";
  static final String SLUG = "slug";
  static final String PUBLISHED = "published";
  static final String VERSION = "version";
  static final String IMAGE = "image";
  static final String SPELL = "spell";

  /** Analyzed, stored and with offsets, so that snippets are cut without analyzing again. */
  static final FieldType TEXT = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
  }

  private SearchFields() {}

  static String title(String lang) {
    return "title." + lang;
  }

  static String standfirst(String lang) {
    return "standfirst." + lang;
  }

  static String body(String lang) {
    return "body." + lang;
  }

  static String spell(String lang) {
    return SPELL + "." + lang;
  }
}
