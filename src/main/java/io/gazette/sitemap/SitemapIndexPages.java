package io.gazette.sitemap;

import io.gazette.web.Layout;
import io.gazette.web.ReaderPage;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /sitemap.xml}: the sitemap index, leading to every language's sitemap files. */
@Blocking
@Path("/sitemap.xml")
@ReaderPage
public class SitemapIndexPages {

  private final Sitemaps sitemaps;
  private final Layout layout;

  SitemapIndexPages(Sitemaps sitemaps, Layout layout) {
    this.sitemaps = sitemaps;
    this.layout = layout;
  }

  @GET
  public Response index(@Context UriInfo uri) {
    return Response.ok(sitemaps.index(layout.baseUrl(uri)), SitemapPages.XML).build();
  }
}
