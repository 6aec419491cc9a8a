package io.gazette.library;

/**
 * What the library grid shows: a search text, a language whose alt text is missing, only unused
 * pictures, and a page; each as the address carries it, checked.
 */
public record MediaQuery(String q, String missing, boolean unused, int page) {

  static final int SIZE = 24;
  static final int MAX_QUERY = 200;

  /** The query from the address, with unreadable values left out. */
  public static MediaQuery of(String q, String missing, String unused, String page) {
    String text = q == null ? "" : q.strip();
    if (text.codePointCount(0, text.length()) > MAX_QUERY) {
      text = text.substring(0, text.offsetByCodePoints(0, MAX_QUERY));
    }
    int number = 1;
    if (page != null && page.matches("\\d{1,6}")) {
      number = Math.max(1, Integer.parseInt(page));
    }
    String lang = missing == null || missing.isBlank() ? null : missing.strip();
    return new MediaQuery(text, lang, "true".equals(unused), number);
  }

  /** The address of another page of the same grid. */
  public String link(int other) {
    StringBuilder link = new StringBuilder("/admin/media?page=").append(other);
    if (!q.isEmpty()) {
      link.append("&q=")
          .append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (missing != null) {
      link.append("&missing=").append(missing);
    }
    if (unused) {
      link.append("&unused=true");
    }
    return link.toString();
  }
}
