package io.gazette.search;

import io.gazette.api.ProblemException;

/**
 * The API's search parameters, checked: a text is required, the order is one of two words.
 *
 * @param q the text
 * @param section a section's slug, or null
 * @param order the order
 */
record SearchApiRequest(String q, String section, SearchOrder order) {

  static SearchApiRequest read(String q, String section, String sort) {
    if (SearchText.of(q).isBlank()) {
      throw ProblemException.invalidParameter(
          "q", "required", "The parameter 'q' must hold at least one word to search for.");
    }
    if (sort != null && !sort.isBlank() && !sort.equals("relevance") && !sort.equals("newest")) {
      throw ProblemException.invalidParameter(
          "sort", "unknown-order", "The parameter 'sort' must be relevance or newest.");
    }
    String slug = section == null || section.isBlank() ? null : section.strip();
    return new SearchApiRequest(q, slug, SearchOrder.of(sort));
  }
}
