package io.gazette.taxonomy;

import java.util.Locale;

/** The two ways stories are classified: one section each, any number of tags. */
public enum Taxonomy {
  /** A few, ordered by hand for the navigation, named in every language. */
  SECTION,
  /** Many, newest first, named in at least one language: editors find them by name. */
  TAG;

  /** The word in reader URLs and page anchors: {@code section}, {@code tag}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether editors give each one a position (sections, for the navigation's order). */
  public boolean positioned() {
    return this == SECTION;
  }

  /** Whether each one needs a name in every site language (sections: the navigation shows all). */
  public boolean everyLanguage() {
    return this == SECTION;
  }

  /** Whether the newsroom lists them a page at a time, filtered by name (tags). */
  public boolean searched() {
    return this == TAG;
  }
}
