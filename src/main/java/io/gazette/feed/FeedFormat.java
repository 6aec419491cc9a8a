package io.gazette.feed;

import io.gazette.web.FeedLink;
import jakarta.ws.rs.core.MediaType;

/** The two formats every feed is served in, with Rome's name for each. */
enum FeedFormat {
  RSS("rss_2.0", FeedLink.RSS),
  ATOM("atom_1.0", FeedLink.ATOM);

  final String romeType;
  final String type;
  final MediaType mediaType;

  FeedFormat(String romeType, String type) {
    this.romeType = romeType;
    this.type = type;
    this.mediaType = MediaType.valueOf(type).withCharset("utf-8");
  }

  /** The feed's own path, from the path of the page it follows. */
  String path(String pagePath) {
    return this == RSS ? FeedLink.rssPath(pagePath) : FeedLink.atomPath(pagePath);
  }
}
