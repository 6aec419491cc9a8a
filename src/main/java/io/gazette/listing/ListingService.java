package io.gazette.listing;

import io.gazette.author.Author;
import io.gazette.i18n.Languages;
import io.gazette.media.MediaImages;
import io.gazette.story.ArticleCards;
import io.gazette.taxonomy.LocalizedName;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Section, tag and author listings of published articles, a page at a time. A tag or author with no
 * published article in the language answers exactly as an unknown one (404): their pages must not
 * confirm what unpublished stories are about or who wrote them. Sections are the site's navigation,
 * public whatever they hold. A listing's other versions are those languages where it has published
 * articles.
 */
@ApplicationScoped
public class ListingService {

  private final Languages languages;
  private final MediaImages media;

  ListingService(Languages languages, MediaImages media) {
    this.languages = languages;
    this.media = media;
  }

  @Transactional
  public Optional<Listing> bySection(String lang, String slug, int page) {
    return Section.findBySlug(lang, slug)
        .flatMap(
            section ->
                listing(
                    lang, section.labels, "section", "s.section.id = :id", section.id, page, true));
  }

  @Transactional
  public Optional<Listing> byTag(String lang, String slug, int page) {
    return Tag.findBySlug(lang, slug)
        .flatMap(tag -> listing(lang, tag.labels, "tag", ArticleCards.TAGGED, tag.id, page, false));
  }

  @Transactional
  public Optional<Listing> byAuthor(String lang, String slug, int page) {
    return Author.findBySlug(slug)
        .flatMap(
            author -> {
              Map<String, String> paths = new LinkedHashMap<>();
              languages.all().forEach(l -> paths.put(l.code(), path(l.code(), "author", slug)));
              return page(lang, author.name, paths, "s.author.id = :id", author.id, page, false);
            });
  }

  private Optional<Listing> listing(
      String lang,
      Map<String, LocalizedName> labels,
      String kind,
      String filter,
      long id,
      int page,
      boolean evenEmpty) {
    Map<String, String> paths = new LinkedHashMap<>();
    labels.forEach((code, label) -> paths.put(code, path(code, kind, label.slug)));
    return page(lang, labels.get(lang).name, paths, filter, id, page, evenEmpty);
  }

  /** The page, or empty when the listing has nothing published in {@code lang} and must not. */
  private Optional<Listing> page(
      String lang,
      String name,
      Map<String, String> paths,
      String filter,
      long id,
      int page,
      boolean evenEmpty) {
    Map<String, Object> params = Map.of("id", id);
    Map<String, Long> counts = ArticleCards.countByLanguage(filter, params);
    long total = counts.getOrDefault(lang, 0L);
    if (total == 0 && !evenEmpty) {
      return Optional.empty();
    }
    int pages = Listing.pagesFor(total);
    if (page > pages) {
      throw new NotFoundException();
    }
    paths.keySet().removeIf(other -> !other.equals(lang) && !counts.containsKey(other));
    var cards = ArticleCards.page(lang, filter, params, page, Listing.PAGE_SIZE);
    cards = ArticleCards.withImages(cards, media.in(ArticleCards.imageIds(cards), lang));
    return Optional.of(new Listing(name, paths, cards, page, pages, paths.get(lang)));
  }

  private static String path(String lang, String kind, String slug) {
    return "/" + lang + "/" + kind + "/" + slug;
  }
}
