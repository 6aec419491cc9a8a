package io.gazette.taxonomy;

/** The two ways stories are classified: one section each, any number of tags. */
public enum Taxonomy {
  SECTION,
  TAG
}
