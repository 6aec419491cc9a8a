package io.gazette.search;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.media.MediaImage;
import io.gazette.media.MediaImages;
import io.gazette.web.NavSection;
import io.gazette.web.Navigation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Builds the search page's view: runs the search and finds the results' pictures. */
@ApplicationScoped
class SearchViews {

  private static final Logger LOG = Logger.getLogger(SearchViews.class);

  private final SearchService search;
  private final Navigation navigation;
  private final MediaImages images;
  private final Languages languages;

  SearchViews(
      SearchService search, Navigation navigation, MediaImages images, Languages languages) {
    this.search = search;
    this.navigation = navigation;
    this.images = images;
    this.languages = languages;
  }

  SearchView of(
      Language language, String q, String section, SearchOrder order, int page, int size) {
    List<NavSection> sections = navigation.sections(language.code());
    Optional<NavSection> chosen =
        section == null
            ? Optional.empty()
            : sections.stream()
                .filter(s -> s.path().substring(s.path().lastIndexOf('/') + 1).equals(section))
                .findFirst();
    String slug = chosen.isPresent() ? section : null;
    Long sectionId = chosen.map(NavSection::id).orElse(null);
    SearchRequest request = new SearchRequest(q, language.code(), sectionId, order, page, size);
    SearchResults results;
    boolean unavailable = false;
    try {
      results = search.search(request);
    } catch (IllegalStateException | java.io.UncheckedIOException failed) {
      LOG.warnf("Search not answered: %s", failed.toString());
      results = SearchResults.none(SearchText.of(q), page, size, Optional.empty());
      unavailable = true;
    }
    String base = "/" + language.code() + "/search";
    var links = new SearchLinks(base, results.text(), slug, order, page, results.pages());
    return new SearchView(
        results.text(),
        slug,
        order,
        sections,
        results,
        items(results, language),
        unavailable,
        links);
  }

  private List<SearchView.Item> items(SearchResults results, Language reader) {
    Map<String, List<SearchHit>> byLang =
        results.hits().stream()
            .filter(hit -> hit.imageId() != null)
            .collect(Collectors.groupingBy(SearchHit::lang));
    Map<String, Map<Long, MediaImage>> pictures = new java.util.HashMap<>();
    byLang.forEach(
        (lang, hits) ->
            pictures.put(lang, images.in(hits.stream().map(SearchHit::imageId).toList(), lang)));
    List<SearchView.Item> items = new ArrayList<>();
    for (SearchHit hit : results.hits()) {
      MediaImage image = hit.imageId() == null ? null : pictures.get(hit.lang()).get(hit.imageId());
      String name = hit.otherLanguage() ? languages.nameIn(hit.lang(), reader) : null;
      items.add(new SearchView.Item(hit, image, name));
    }
    return items;
  }
}
