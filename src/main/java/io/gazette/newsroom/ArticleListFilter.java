package io.gazette.newsroom;

import static io.gazette.admin.AdminQuery.blank;

import io.gazette.editorial.NewsroomQueries;
import io.gazette.story.ArticleStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The article list's query: filters and page as typed (unreadable values mean "any"), and the
 * report of a bulk action after its redirect.
 */
public class ArticleListFilter {

  @RestQuery public String lang;
  @RestQuery public String status;
  @RestQuery public String section;
  @RestQuery public String author;
  @RestQuery public String q;
  @RestQuery public String page;

  /** How many articles the last bulk action changed; null when there was none. */
  @RestQuery public String changed;

  /** How many it left as they were because of their version or status. */
  @RestQuery public String skipped;

  /** The ids it left because of blocking checks, comma-separated. */
  @RestQuery public String blocked;

  /** The filter for {@link NewsroomQueries#list}. */
  public NewsroomQueries.Filter filter() {
    return new NewsroomQueries.Filter(
        blank(lang) ? null : lang, status(), number(section), number(author), q);
  }

  public int pageNumber() {
    Long number = number(page);
    return number == null || number < 1 || number > 100_000 ? 1 : number.intValue();
  }

  /** The list's address with the same filters, at another page. */
  public String url(int pageNumber) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("lang", lang);
    params.put("status", status);
    params.put("section", section);
    params.put("author", author);
    params.put("q", q);
    StringBuilder url = new StringBuilder("/admin/articles?page=").append(pageNumber);
    params.forEach(
        (name, value) -> {
          if (!blank(value)) {
            url.append('&').append(name).append('=');
            url.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return url.toString();
  }

  /** Whether any filter is set. */
  public boolean isFiltered() {
    return !blank(lang) || !blank(status) || !blank(section) || !blank(author) || !blank(q);
  }

  List<Long> blockedIds() {
    if (blank(blocked)) {
      return List.of();
    }
    return Arrays.stream(blocked.split(","))
        .map(ArticleListFilter::number)
        .filter(id -> id != null)
        .limit(100)
        .toList();
  }

  int count(String value) {
    Long number = number(value);
    return number == null ? 0 : number.intValue();
  }

  private ArticleStatus status() {
    try {
      return blank(status) ? null : ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static Long number(String value) {
    try {
      return blank(value) ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
