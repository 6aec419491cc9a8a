package io.gazette.listing;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.web.FeedTitles;
import io.gazette.web.Layout;
import io.gazette.web.Page;
import io.gazette.web.ReaderPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The site's entrance: {@code /} picks the reader's language, {@code /{lang}/} is its home. */
@Blocking
@Path("/")
public class HomePages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(Page page, FrontPage front);
  }

  private final FrontPages articles;
  private final Languages languages;
  private final Layout layout;

  HomePages(FrontPages articles, Languages languages, Layout layout) {
    this.articles = articles;
    this.languages = languages;
    this.layout = layout;
  }

  /** Sends the reader to the home of the language they chose, or else the best for them. */
  @GET
  public Response root(
      @CookieParam("lang") String chosen,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = languages.readerLanguage(chosen, acceptLanguage);
    return Response.seeOther(URI.create("/" + language.code() + "/"))
        .header(HttpHeaders.VARY, "Cookie, Accept-Language")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
        .build();
  }

  @GET
  @Path("{lang}/")
  @ReaderPage
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance home(@PathParam("lang") String lang, @Context UriInfo uri) {
    Language language = languages.find(lang).orElseThrow(NotFoundException::new);
    Map<String, String> paths = new LinkedHashMap<>();
    languages.all().forEach(other -> paths.put(other.code(), "/" + other.code() + "/"));
    Page frame = layout.page(language, paths, uri);
    String home = paths.get(language.code());
    Page page = layout.withFeeds(frame, home, FeedTitles.site(language, frame.siteName()));
    return Templates.home(page, articles.frontPage(lang)).setLocale(language.locale());
  }
}
