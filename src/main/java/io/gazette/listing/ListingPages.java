package io.gazette.listing;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.web.FeedTitles;
import io.gazette.web.Layout;
import io.gazette.web.Page;
import io.gazette.web.ReaderPage;
import io.gazette.web.ReaderResponses;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** The reader's listings: {@code /{lang}/section|tag|author/{slug}?page=N}. */
@Blocking
@Path("/{lang}/{kind:section|tag|author}")
@ReaderPage(paged = true)
@Produces(MediaType.TEXT_HTML)
public class ListingPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance listing(Page page, Listing listing, String kind);
  }

  private final ListingService listings;
  private final Languages languages;
  private final Layout layout;

  ListingPages(ListingService listings, Languages languages, Layout layout) {
    this.listings = listings;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  @Path("{slug}")
  public TemplateInstance listing(
      @PathParam("lang") String lang,
      @PathParam("kind") String kind,
      @PathParam("slug") String slug,
      @QueryParam("page") String page,
      @Context UriInfo uri) {
    Language language = languages.find(lang).orElseThrow(NotFoundException::new);
    int number = ReaderResponses.pageNumber(page);
    Listing listing = find(lang, kind, slug, number).orElseThrow(NotFoundException::new);
    Page frame = layout.page(language, listing.versionPaths(), uri);
    return Templates.listing(withFeeds(frame, kind, listing), listing, kind)
        .setLocale(language.locale());
  }

  /** Sections and tags have feeds (feed/), authors none: their head advertises them. */
  private Page withFeeds(Page page, String kind, Listing listing) {
    return switch (kind) {
      case "section" ->
          layout.withFeeds(
              page,
              listing.path(),
              FeedTitles.section(page.language(), page.siteName(), listing.name()));
      case "tag" ->
          layout.withFeeds(
              page,
              listing.path(),
              FeedTitles.tag(page.language(), page.siteName(), listing.name()));
      default -> page;
    };
  }

  private Optional<Listing> find(String lang, String kind, String slug, int page) {
    return switch (kind) {
      case "section" -> listings.bySection(lang, slug, page);
      case "tag" -> listings.byTag(lang, slug, page);
      default -> listings.byAuthor(lang, slug, page);
    };
  }
}
