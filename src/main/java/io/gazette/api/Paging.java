package io.gazette.api;

import java.util.List;

/**
 * A list's page and size, as {@link PageParams} reads them.
 *
 * @param page the page number, from 1
 * @param size the most items per page
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 20;

  /** The envelope of this page, given its items and the size of the whole list. */
  public <T> ListEnvelope<T> envelope(List<T> items, long total) {
    return ListEnvelope.of(items, page, size, total);
  }

  /** This page of a list held in memory. */
  public <T> ListEnvelope<T> slice(List<T> all) {
    long from = Math.min((long) (page - 1) * size, all.size());
    int to = (int) Math.min(from + size, all.size());
    return envelope(all.subList((int) from, to), all.size());
  }
}
