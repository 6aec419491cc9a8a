package io.gazette.api;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The RFC 8288 Link header of a page of a list: first and last, prev and next where they exist. */
final class PageLinks {

  private PageLinks() {}

  /** The header value for this page of the list at the request's path under {@code base}. */
  static String of(ListEnvelope.Meta meta, String base, UriInfo uri) {
    List<String> links = new ArrayList<>();
    links.add(link(base, uri, 1, "first"));
    if (meta.page() > 1) {
      links.add(link(base, uri, Math.min(meta.page() - 1, meta.pages()), "prev"));
    }
    if (meta.page() < meta.pages()) {
      links.add(link(base, uri, meta.page() + 1, "next"));
    }
    links.add(link(base, uri, meta.pages(), "last"));
    return String.join(", ", links);
  }

  /** The same URL with this page: other parameters kept in their order, blank ones dropped. */
  private static String link(String base, UriInfo uri, int page, String rel) {
    StringBuilder target = new StringBuilder(base).append(uri.getRequestUri().getRawPath());
    char separator = '?';
    for (var parameter : uri.getQueryParameters().entrySet()) {
      for (String value : parameter.getValue()) {
        if (!parameter.getKey().equals("page") && !value.isBlank()) {
          target.append(separator).append(encode(parameter.getKey())).append('=');
          target.append(encode(value));
          separator = '&';
        }
      }
    }
    target.append(separator).append("page=").append(page);
    return "<" + target + ">; rel=\"" + rel + "\"";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
