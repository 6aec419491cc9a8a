package io.gazette.search;

/** How results are ordered: best match first, or newest first. */
public enum SearchOrder {
  RELEVANCE,
  NEWEST;

  /** The order a query parameter names ({@code newest}); anything else is relevance. */
  public static SearchOrder of(String value) {
    return "newest".equals(value) ? NEWEST : RELEVANCE;
  }

  /** The query parameter's value. */
  public String param() {
    return this == NEWEST ? "newest" : "relevance";
  }
}
