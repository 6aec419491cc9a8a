package io.gazette.search;

import java.util.List;
import java.util.Optional;

/**
 * What a search found: the page of results, the reader's language first and then stories found only
 * in other languages.
 *
 * @param text the text searched for, cleaned and perhaps cut
 * @param shortened whether the reader's text was cut to fit
 * @param hits this page's results
 * @param total how many results there are in all
 * @param ownTotal how many of them are in the reader's language (they come first)
 * @param page this page's number, from 1
 * @param size results per page
 * @param suggestion a spelling that finds something, when nothing was found
 */
public record SearchResults(
    String text,
    boolean shortened,
    List<SearchHit> hits,
    long total,
    long ownTotal,
    int page,
    int size,
    Optional<String> suggestion) {

  static SearchResults none(SearchText text, int page, int size, Optional<String> suggestion) {
    return new SearchResults(
        text.text(), text.shortened(), List.of(), 0, 0, page, size, suggestion);
  }

  /** How many pages the results fill, at least 1. */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** The first result of this page in another language, where their heading goes; or -1. */
  public int firstOtherIndex() {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).otherLanguage()) {
        return i;
      }
    }
    return -1;
  }
}
