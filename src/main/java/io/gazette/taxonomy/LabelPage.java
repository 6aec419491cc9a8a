package io.gazette.taxonomy;

import java.util.List;

/** One page of sections or tags as the newsroom lists them. */
public record LabelPage(List<LabelView> items, int page, int size, long total) {

  /** A whole list as its only page. */
  public static LabelPage whole(List<LabelView> items) {
    return new LabelPage(items, 1, Math.max(1, items.size()), items.size());
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
