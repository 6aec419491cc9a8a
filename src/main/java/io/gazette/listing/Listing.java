package io.gazette.listing;

import io.gazette.story.ArticleCard;
import java.util.List;
import java.util.Map;

/**
 * One page of a section, tag or author listing.
 *
 * @param name the section's, tag's or author's name in the page's language
 * @param versionPaths the listing's path in each language where it exists
 * @param cards the articles on this page, newest first
 * @param page this page's number, from 1
 * @param pages how many pages the listing has, at least 1
 * @param path the listing's path without the page parameter
 */
public record Listing(
    String name,
    Map<String, String> versionPaths,
    List<ArticleCard> cards,
    int page,
    int pages,
    String path) {

  public static final int PAGE_SIZE = 12;

  /** The previous page's path, null on the first page. */
  public String previous() {
    if (page < 2) {
      return null;
    }
    return page == 2 ? path : path + "?page=" + (page - 1);
  }

  /** The next page's path, null on the last page. */
  public String next() {
    return page < pages ? path + "?page=" + (page + 1) : null;
  }

  /** The number of pages needed for {@code total} articles. */
  public static int pagesFor(long total) {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
