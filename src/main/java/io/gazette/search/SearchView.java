package io.gazette.search;

import io.gazette.media.MediaImage;
import io.gazette.web.NavSection;
import java.util.List;

/**
 * What the search page shows: the form as the reader filled it, and the results.
 *
 * @param query the text searched for, as the form shows it again
 * @param section the section searched in (its slug), or null for all
 * @param order the order of results
 * @param sections the sections the form offers
 * @param results what was found
 * @param items the page's results with their pictures and language names
 * @param unavailable whether the index could not answer
 * @param links the addresses of the other pages and of the suggestion
 */
public record SearchView(
    String query,
    String section,
    SearchOrder order,
    List<NavSection> sections,
    SearchResults results,
    List<Item> items,
    boolean unavailable,
    SearchLinks links) {

  /**
   * A result as listed.
   *
   * @param hit the article found
   * @param image its lead picture in its language, or null
   * @param languageName its language's name in the page's language, for results in another one
   */
  public record Item(SearchHit hit, MediaImage image, String languageName) {}

  /** Whether a search was asked for (the page without one shows the form only). */
  public boolean asked() {
    return !query.isBlank();
  }

  /** Whether this section is the one searched in. */
  public boolean selected(NavSection option) {
    return section != null && slugOf(option).equals(section);
  }

  /** A section's slug in the page's language, the value the form sends. */
  public String slugOf(NavSection option) {
    return option.path().substring(option.path().lastIndexOf('/') + 1);
  }
}
