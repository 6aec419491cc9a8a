package io.gazette.article;

import io.gazette.author.Author;
import io.gazette.i18n.Languages;
import io.gazette.section.Section;
import io.gazette.tag.Tag;
import io.gazette.translation.LocalizedName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Section, tag and author listings of published articles, a page at a time. */
@ApplicationScoped
public class ListingService {

  private final Languages languages;

  ListingService(Languages languages) {
    this.languages = languages;
  }

  @Transactional
  public Optional<Listing> bySection(String lang, String slug, int page) {
    return Section.findBySlug(lang, slug)
        .map(
            section ->
                listing(lang, section.labels, "section", "s.section.id = :id", section.id, page));
  }

  @Transactional
  public Optional<Listing> byTag(String lang, String slug, int page) {
    return Tag.findBySlug(lang, slug)
        .map(
            tag ->
                listing(
                    lang,
                    tag.labels,
                    "tag",
                    "exists (select 1 from Story st join st.tags t where st.id = s.id and t.id = :id)",
                    tag.id,
                    page));
  }

  @Transactional
  public Optional<Listing> byAuthor(String lang, String slug, int page) {
    return Author.findBySlug(slug)
        .map(
            author -> {
              Map<String, String> paths = new LinkedHashMap<>();
              languages.all().forEach(l -> paths.put(l.code(), path(l.code(), "author", slug)));
              return page(lang, author.name, paths, "s.author.id = :id", author.id, page);
            });
  }

  private Listing listing(
      String lang,
      Map<String, LocalizedName> labels,
      String kind,
      String filter,
      long id,
      int page) {
    Map<String, String> paths = new LinkedHashMap<>();
    labels.forEach((code, label) -> paths.put(code, path(code, kind, label.slug)));
    return page(lang, labels.get(lang).name, paths, filter, id, page);
  }

  private static Listing page(
      String lang, String name, Map<String, String> paths, String filter, long id, int page) {
    Map<String, Object> params = Map.of("id", id);
    int pages = Listing.pagesFor(ArticleCards.count(lang, filter, params));
    if (page > pages) {
      throw new NotFoundException();
    }
    var cards = ArticleCards.page(lang, filter, params, page, Listing.PAGE_SIZE);
    return new Listing(name, paths, cards, page, pages, paths.get(lang));
  }

  private static String path(String lang, String kind, String slug) {
    return "/" + lang + "/" + kind + "/" + slug;
  }
}
