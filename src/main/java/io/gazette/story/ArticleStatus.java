package io.gazette.story;

/** Where one language version of a story stands in the workflow; only PUBLISHED reaches readers. */
public enum ArticleStatus {
  DRAFT,
  REVIEW,
  SCHEDULED,
  PUBLISHED,
  UNPUBLISHED
}
