package io.gazette.moderation;

import static io.gazette.admin.AdminQuery.blank;

import io.gazette.comment.CommentStatus;
import io.gazette.i18n.Languages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The moderation queue's address, read and checked: the tab, the language, the article, the
 * searched text and the page. Also writes the queue's address back with any of them changed.
 *
 * @param status the tab
 * @param lang a site language code, or null for all
 * @param articleId an article id, or null for all
 * @param q the searched text, or null
 * @param page the page number, from 1
 */
public record QueueQuery(CommentStatus status, String lang, Long articleId, String q, int page) {

  /** The longest searched text accepted. */
  static final int MAX_QUERY = 200;

  /** A query value that cannot be read; {@code field} names it for the message. */
  static final class Unreadable extends RuntimeException {
    final String field;

    Unreadable(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }

  /** The queue as typed in the address; throws {@link Unreadable} naming the first bad value. */
  static QueueQuery parse(
      String status, String lang, String article, String q, String page, Languages languages) {
    String text = blank(q) ? null : q.strip();
    if (text != null && text.length() > MAX_QUERY) {
      throw new Unreadable("q");
    }
    if (!blank(lang) && languages.find(lang.strip()).isEmpty()) {
      throw new Unreadable("lang");
    }
    return new QueueQuery(
        status(status),
        blank(lang) ? null : lang.strip(),
        blank(article) ? null : number(article, "article"),
        text,
        blank(page) ? 1 : (int) number(page, "page"));
  }

  /** The same checks, but a bad value gives the plain queue (for the hidden fields of a form). */
  static QueueQuery parseOrDefault(
      String status, String lang, String article, String q, String page, Languages languages) {
    try {
      return parse(status, lang, article, q, page, languages);
    } catch (Unreadable unreadable) {
      return new QueueQuery(CommentStatus.PENDING, null, null, null, 1);
    }
  }

  public QueueFilter filter() {
    return new QueueFilter(status, lang, articleId, q);
  }

  /** The status as the address writes it: {@code pending}, {@code spam}... */
  public String statusCode() {
    return code(status);
  }

  public QueueQuery withStatus(CommentStatus other) {
    return new QueueQuery(other, lang, articleId, q, 1);
  }

  public QueueQuery withArticle(Long article) {
    return new QueueQuery(status, lang, article, q, 1);
  }

  public QueueQuery withPage(int number) {
    return new QueueQuery(status, lang, articleId, q, number);
  }

  /** The queue's address with these values, the empty ones left out. */
  public String url() {
    StringBuilder url = new StringBuilder("/admin/comments?status=").append(statusCode());
    append(url, "lang", lang);
    append(url, "article", articleId == null ? null : articleId.toString());
    append(url, "q", q);
    if (page > 1) {
      url.append("&page=").append(page);
    }
    return url.toString();
  }

  /** The query string of {@link #url()}, from its {@code ?}. */
  public String suffix() {
    String url = url();
    return url.substring(url.indexOf('?'));
  }

  static String code(CommentStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null) {
      url.append('&').append(name).append('=');
      url.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static CommentStatus status(String typed) {
    if (blank(typed)) {
      return CommentStatus.PENDING;
    }
    for (CommentStatus status : CommentStatus.values()) {
      if (code(status).equals(typed.strip())) {
        return status;
      }
    }
    throw new Unreadable("status");
  }

  private static long number(String typed, String field) {
    try {
      long number = Long.parseLong(typed.strip());
      if (number < 1 || (field.equals("page") && number > 100_000)) {
        throw new Unreadable(field);
      }
      return number;
    } catch (NumberFormatException notANumber) {
      throw new Unreadable(field);
    }
  }
}
