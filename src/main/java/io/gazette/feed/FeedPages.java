package io.gazette.feed;

import io.gazette.web.ReaderPage;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A language's feeds: {@code /{lang}/feed} (RSS 2.0) and {@code /{lang}/feed/atom}. */
@Blocking
@Path("/{lang}/feed")
@ReaderPage
public class FeedPages {

  private final Feeds feeds;

  FeedPages(Feeds feeds) {
    this.feeds = feeds;
  }

  @GET
  public Response rss(@PathParam("lang") String lang, @Context UriInfo uri) {
    return feeds.language(lang, FeedFormat.RSS, uri);
  }

  @GET
  @Path("atom")
  public Response atom(@PathParam("lang") String lang, @Context UriInfo uri) {
    return feeds.language(lang, FeedFormat.ATOM, uri);
  }
}
