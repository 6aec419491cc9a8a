package io.gazette.sitemap;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.web.Layout;
import io.gazette.web.ReaderPage;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * A language's sitemap files, {@code /sitemap-{lang}-articles|pages-{n}.xml} and {@code
 * /sitemap-{lang}-news.xml}; a file the index does not list is the site's 404.
 */
@Blocking
@Path("/sitemap-{name}.xml")
@ReaderPage
public class SitemapPages {

  static final MediaType XML = MediaType.APPLICATION_XML_TYPE.withCharset("utf-8");

  private final Sitemaps sitemaps;
  private final Languages languages;
  private final Layout layout;

  SitemapPages(Sitemaps sitemaps, Languages languages, Layout layout) {
    this.sitemaps = sitemaps;
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  public Response file(@PathParam("name") String name, @Context UriInfo uri) {
    SitemapFile file = SitemapFile.parse(name).orElseThrow(NotFoundException::new);
    Language language = languages.find(file.lang()).orElseThrow(NotFoundException::new);
    String base = layout.baseUrl(uri);
    Optional<StreamingOutput> body =
        switch (file.part()) {
          case "articles" -> sitemaps.articles(language, file.number(), base);
          case "pages" -> sitemaps.pages(language, file.number(), base);
          default -> sitemaps.news(language, base);
        };
    return Response.ok(body.orElseThrow(NotFoundException::new), XML).build();
  }
}
