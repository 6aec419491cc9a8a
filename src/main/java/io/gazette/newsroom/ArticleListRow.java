package io.gazette.newsroom;

import io.gazette.newsroom.ArticleFormView.Option;
import java.util.List;

/**
 * One page of the newsroom's article list with its filters.
 *
 * @param filter the query as typed
 * @param rows the articles of this page
 * @param total how many articles match
 * @param page this page's number, from 1
 * @param pages how many pages there are
 * @param previous the previous page's address, or null on the first
 * @param next the next page's address, or null on the last
 * @param languages language filter options
 * @param statuses status filter options
 * @param sections section filter options
 * @param authors author filter options (editors only; empty for authors)
 * @param report the result of the last bulk action, or null
 */
public record ArticleListRow(
    ArticleListFilter filter,
    List<Row> rows,
    long total,
    int page,
    int pages,
    String previous,
    String next,
    List<Option> languages,
    List<Option> statuses,
    List<Option> sections,
    List<Option> authors,
    Report report) {

  /** An article in the list, its values ready to show. */
  public record Row(
      long id,
      String title,
      String lang,
      String language,
      String status,
      String updated,
      String section,
      int version) {}

  /**
   * What a bulk action did, in sentences.
   *
   * @param changed how many articles changed
   * @param skipped how many were left because of their version or status, or null if none
   * @param blocked links to the articles that blocking checks kept back
   */
  public record Report(String changed, String skipped, List<Option> blocked) {}
}
