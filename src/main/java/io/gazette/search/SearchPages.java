package io.gazette.search;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
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
import java.util.Map;

/** The reader's search page, {@code /{lang}/search?q=&section=&sort=&page=}: never indexed. */
@Blocking
@Path("/{lang}/search")
@ReaderPage(
    paged = true,
    query = {"q", "section", "sort"})
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

  static final int PAGE_SIZE = 10;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance search(Page page, SearchView search);
  }

  private final SearchViews views;
  private final Languages languages;
  private final Layout layout;

  SearchPages(SearchViews views, Languages languages, Layout layout) {
    this.views = views;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  public TemplateInstance search(
      @PathParam("lang") String lang,
      @QueryParam("q") String q,
      @QueryParam("section") String section,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @Context UriInfo uri) {
    Language language = languages.find(lang).orElseThrow(NotFoundException::new);
    int number = ReaderResponses.pageNumber(page);
    SearchView view = views.of(language, q, section, SearchOrder.of(sort), number, PAGE_SIZE);
    Page frame = layout.page(language, Map.of(lang, "/" + lang + "/search"), uri).unindexed();
    return Templates.search(frame, view).setLocale(language.locale());
  }
}
