package io.gazette.sitemap;

import io.gazette.i18n.Languages;
import io.gazette.web.Layout;
import io.gazette.web.ReaderPage;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /robots.txt}: crawlers kept out of the newsroom, the APIs, search results and Quarkus's
 * own paths, and pointed at the sitemap index.
 */
@Blocking
@Path("/robots.txt")
@ReaderPage
public class RobotsPages {

  private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8");

  private final Languages languages;
  private final Layout layout;

  RobotsPages(Languages languages, Layout layout) {
    this.languages = languages;
    this.layout = layout;
  }

  @GET
  public Response robots(@Context UriInfo uri) {
    var text = new StringBuilder("User-agent: *\n");
    text.append("Disallow: /admin\n").append("Disallow: /api/\n");
    // Search results are endless pages of what the sitemaps list already.
    languages.all().forEach(l -> text.append("Disallow: /").append(l.code()).append("/search\n"));
    text.append("Disallow: /q/\n\n");
    text.append("Sitemap: ").append(layout.baseUrl(uri)).append("/sitemap.xml\n");
    return Response.ok(text.toString(), TEXT).build();
  }
}
