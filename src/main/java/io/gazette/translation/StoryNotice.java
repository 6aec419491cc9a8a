package io.gazette.translation;

/**
 * What a story's overview confirms after a redirect, as its address says it ({@code
 * ?done=upToDate}).
 */
public enum StoryNotice {
  TRANSLATED,
  UP_TO_DATE,
  BREAKING,
  BREAKING_CLEARED,
  BREAKING_REFUSED
}
