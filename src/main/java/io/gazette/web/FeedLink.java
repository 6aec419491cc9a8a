package io.gazette.web;

/**
 * A feed advertised in a page's head, for feed readers to discover.
 *
 * @param type {@code application/rss+xml} or {@code application/atom+xml}
 * @param title the feed's title in the page's language
 * @param href the feed's absolute URL
 */
public record FeedLink(String type, String title, String href) {

  public static final String RSS = "application/rss+xml";
  public static final String ATOM = "application/atom+xml";

  /** The RSS feed of a page at {@code path} ({@code /fr/} or {@code /fr/section/monde}). */
  public static String rssPath(String path) {
    return (path.endsWith("/") ? path : path + "/") + "feed";
  }

  /** The Atom feed of a page at {@code path}. */
  public static String atomPath(String path) {
    return rssPath(path) + "/atom";
  }
}
