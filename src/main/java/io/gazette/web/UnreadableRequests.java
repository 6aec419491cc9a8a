package io.gazette.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.common.util.WeightedLanguage;
import org.jboss.resteasy.reactive.server.core.request.AcceptHeaders;

/**
 * Treats a negotiation header that cannot be read ({@code Accept: x/y;q=z}, {@code Accept-Language:
 * fr;q=abc}) as absent, as HTTP allows: the template layer negotiates a variant with these headers
 * after the page is rendered and would otherwise fail the request. They are read with the very
 * parsers that negotiation uses. A GET or HEAD carries no body, so its {@code Content-Type} is
 * dropped too: a multipart type there made the form reader fail. A {@code ;} in a path is taken
 * literally (Gazette has no matrix parameters): RESTEasy decodes a path with one a second time, so
 * {@code /fr/a%25;b} failed every filter that asked for the path. An encoded NUL becomes U+FFFD.
 */
@ApplicationScoped
public class UnreadableRequests {

  private static final Logger LOG = Logger.getLogger(UnreadableRequests.class);

  /** After the host check (990). */
  private static final int PRIORITY = 980;

  void register(@Observes Filters filters) {
    filters.register(
        context -> {
          String uri = context.request().uri();
          String readable = readable(uri);
          if (!readable.equals(uri)) {
            context.reroute(readable);
            return;
          }
          dropUnreadable(context);
          context.next();
        },
        PRIORITY);
  }

  /**
   * The request URI with a {@code ;} of its path encoded, and every encoded NUL made U+FFFD (as
   * undecodable bytes already are): PostgreSQL refuses NUL in a text parameter, so a slug or a
   * query value holding one failed the query; as U+FFFD it simply matches nothing, or is refused.
   */
  static String readable(String uri) {
    String safe = uri.contains("%00") ? uri.replace("%00", "%EF%BF%BD") : uri;
    int query = safe.indexOf('?');
    int semicolon = safe.indexOf(';');
    if (semicolon < 0 || (query >= 0 && semicolon > query)) {
      return safe;
    }
    String path = query < 0 ? safe : safe.substring(0, query);
    return path.replace(";", "%3B") + (query < 0 ? "" : safe.substring(query));
  }

  private static void dropUnreadable(RoutingContext context) {
    MultiMap headers = context.request().headers();
    HttpMethod method = context.request().method();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
      headers.remove("Content-Type");
    }
    String accept = headers.get("Accept");
    if (accept != null && !readable(accept, false)) {
      headers.remove("Accept");
      LOG.debugf("Ignored an unreadable Accept header: %s", accept);
    }
    String languages = headers.get("Accept-Language");
    if (languages != null && !readable(languages, true)) {
      headers.remove("Accept-Language");
      LOG.debugf("Ignored an unreadable Accept-Language header: %s", languages);
    }
  }

  static boolean readable(String header, boolean languages) {
    try {
      if (languages) {
        AcceptHeaders.getLocaleQualityValues(header);
        for (String range : header.split(",")) {
          WeightedLanguage.parse(range.strip());
        }
      } else {
        AcceptHeaders.getMediaTypeQualityValues(header);
      }
      return true;
    } catch (RuntimeException unreadable) {
      return false;
    }
  }
}
