package io.gazette.taxonomy;

/** The two ways stories are classified: one section each, any number of tags. */
public enum Taxonomy {
  /** A few, ordered by hand for the navigation, named in every language. */
  SECTION,
  /** Many, newest first, named in at least one language: editors find them by name. */
  TAG;

  /** Whether each one needs a name in every site language (sections: the navigation shows all). */
  public boolean everyLanguage() {
    return this == SECTION;
  }
}
