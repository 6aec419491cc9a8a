package io.gazette.media;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Serves {@code GET /media/<hash>.<ext>}: a rendition's bytes with the type it was stored as,
 * cached for a year as immutable (the name changes with the content), an {@code ETag}, and single
 * byte ranges. Runs before the JAX-RS pages, whose {@code /{lang}/{slug}} would take the path.
 */
@ApplicationScoped
public class MediaRoutes {

  static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
  private static final Logger LOG = Logger.getLogger(MediaRoutes.class);

  private final MediaCache cache;

  MediaRoutes(MediaCache cache) {
    this.cache = cache;
  }

  void register(@Observes Router router) {
    router
        .routeWithRegex("/media/.*")
        .order(-10)
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        .blockingHandler(this::serve, false);
  }

  private void serve(RoutingContext context) {
    Optional<MediaPaths.Named> named = MediaPaths.parse(context.normalizedPath());
    HttpServerResponse response = context.response();
    if (named.isEmpty()) {
      plain(response, 404, "404 Not Found\n");
      return;
    }
    String etag = "\"" + named.get().hash() + "\"";
    response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    if (etag.equals(context.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
      response.setStatusCode(304).end();
      return;
    }
    Optional<Path> file;
    try {
      file = cache.file(named.get());
    } catch (RuntimeException unavailable) {
      LOG.warnf("Media %s could not be read: %s", named.get().hash(), unavailable.toString());
      response.headers().remove(HttpHeaders.CACHE_CONTROL).remove(HttpHeaders.ETAG);
      plain(response, 503, "503 Service Unavailable\n");
      return;
    }
    if (file.isEmpty()) {
      response.headers().remove(HttpHeaders.CACHE_CONTROL).remove(HttpHeaders.ETAG);
      plain(response, 404, "404 Not Found\n");
      return;
    }
    send(context, file.get(), named.get().kind());
  }

  private void send(RoutingContext context, Path file, ImageKind kind) {
    HttpServerResponse response = context.response();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException gone) {
      plain(response, 404, "404 Not Found\n");
      return;
    }
    response
        .putHeader(HttpHeaders.CONTENT_TYPE, kind.mediaType())
        .putHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    ByteRange range = ByteRange.parse(context.request().getHeader("Range"), size);
    if (range == ByteRange.UNSATISFIABLE) {
      response.putHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
      plain(response, 416, "416 Range Not Satisfiable\n");
      return;
    }
    if (range != null) {
      response.setStatusCode(206).putHeader(HttpHeaders.CONTENT_RANGE, range.header(size));
    }
    long offset = range == null ? 0 : range.first();
    long length = range == null ? size : range.length();
    if (context.request().method() == HttpMethod.HEAD) {
      response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length)).end();
      return;
    }
    response.sendFile(file.toString(), offset, length);
  }

  private static void plain(HttpServerResponse response, int status, String text) {
    response
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(text);
  }
}
