package io.gazette.moderation;

import java.util.List;

/**
 * One page of the moderation queue as the template shows it.
 *
 * @param query the tab, filters and page shown
 * @param back the query string that forms posted from this page carry, to come back to it
 * @param tabs every tab with its count under the same filters
 * @param languages the site's languages for the filter
 * @param articleTitle the headline of the article filtered on, or null
 * @param allArticles the same queue without the article filter
 * @param rows the comments of this page
 * @param found how many comments the tab holds, as a sentence
 * @param pages how many pages the tab has
 * @param previous the previous page's address, or null
 * @param next the next page's address, or null
 * @param actions what may be done with this tab's comments
 */
public record QueueView(
    QueueQuery query,
    String back,
    List<Tab> tabs,
    List<Option> languages,
    String articleTitle,
    String allArticles,
    List<Row> rows,
    String found,
    int pages,
    String previous,
    String next,
    List<Option> actions) {

  /** A tab: its label with its count, its address, whether it is the one shown. */
  public record Tab(String code, String label, long count, String url, boolean current) {}

  /** A value and its label, for a select or a button. */
  public record Option(String value, String label) {}

  /**
   * A comment as listed.
   *
   * @param item the comment
   * @param time when it was sent, in the member's language
   * @param onlyArticle the queue filtered on its article
   * @param heldLabel why a defence held it, or null
   * @param heldDetail the term or number behind it, or null
   * @param moderated who moderated it and when, as a sentence, or null
   */
  public record Row(
      QueueItem item,
      String time,
      String onlyArticle,
      String heldLabel,
      String heldDetail,
      String moderated) {}
}
