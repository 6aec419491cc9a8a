package io.gazette.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses a search page links to: its neighbours and the suggested spelling, each keeping the
 * search's section and order.
 *
 * @param base the search page's path, {@code /fr/search}
 * @param query the text searched for
 * @param section the section's slug, or null
 * @param order the order
 * @param page this page
 * @param pages how many pages there are
 */
public record SearchLinks(
    String base, String query, String section, SearchOrder order, int page, int pages) {

  /** The previous page, or null on the first. */
  public String previous() {
    return page > 1 ? of(query, page - 1) : null;
  }

  /** The next page, or null on the last. */
  public String next() {
    return page < pages ? of(query, page + 1) : null;
  }

  /** The search for another text, from its first page. */
  public String of(String text) {
    return of(text, 1);
  }

  private String of(String text, int number) {
    StringBuilder link = new StringBuilder(base).append("?q=").append(encode(text));
    if (section != null) {
      link.append("&section=").append(encode(section));
    }
    if (order == SearchOrder.NEWEST) {
      link.append("&sort=newest");
    }
    if (number > 1) {
      link.append("&page=").append(number);
    }
    return link.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
