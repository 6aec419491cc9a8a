package io.gazette.taxonomy;

import java.util.List;

/** One page of sections or tags as the newsroom lists them. */
public record LabelPage(List<LabelView> items, int page, int size, long total) {

  /** Where the list's previous and next pages are, null at either end. */
  public record Pager(int page, int pages, String previous, String next) {}

  /** A whole list as its only page. */
  public static LabelPage whole(List<LabelView> items) {
    return new LabelPage(items, 1, Math.max(1, items.size()), items.size());
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** The links to the neighbouring pages: {@code base} followed by their number. */
  public Pager pager(String base) {
    return new Pager(
        page,
        pages(),
        page > 1 ? base + (page - 1) : null,
        page < pages() ? base + (page + 1) : null);
  }
}
