package io.gazette.feed;

import io.gazette.web.ReaderPage;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A section's or tag's feeds: {@code /{lang}/section|tag/{slug}/feed} and {@code .../feed/atom}.
 */
@Blocking
@Path("/{lang}/{kind:section|tag}/{slug}/feed")
@ReaderPage
public class LabelFeedPages {

  private final Feeds feeds;

  LabelFeedPages(Feeds feeds) {
    this.feeds = feeds;
  }

  @GET
  public Response rss(
      @PathParam("lang") String lang,
      @PathParam("kind") String kind,
      @PathParam("slug") String slug,
      @Context UriInfo uri) {
    return feeds.label(lang, kind, slug, FeedFormat.RSS, uri);
  }

  @GET
  @Path("atom")
  public Response atom(
      @PathParam("lang") String lang,
      @PathParam("kind") String kind,
      @PathParam("slug") String slug,
      @Context UriInfo uri) {
    return feeds.label(lang, kind, slug, FeedFormat.ATOM, uri);
  }
}
