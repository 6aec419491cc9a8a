package io.gazette.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The body size each path takes: picture uploads up to the server's limit (set for them), every
 * other path 10 MB, refused from the announced length before any byte is read.
 */
@ApplicationScoped
public class BodyLimits {

  static final long OTHER_PATHS = 10L * 1024 * 1024;
  private static final List<String> UPLOADS = List.of("/admin/media", "/api/admin/v1/media");

  /** Right after the host check, before anything reads a body. */
  private static final int PRIORITY = 980;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  private void check(RoutingContext context) {
    if (announced(context) > OTHER_PATHS && !upload(context.normalizedPath())) {
      context
          .response()
          .setStatusCode(413)
          .putHeader("Content-Type", "text/plain; charset=UTF-8")
          .putHeader("Connection", "close")
          .end("413 Request Entity Too Large\n");
      return;
    }
    context.next();
  }

  private static long announced(RoutingContext context) {
    String length = context.request().getHeader("Content-Length");
    if (length == null || !length.matches("\\d{1,18}")) {
      return -1;
    }
    return Long.parseLong(length);
  }

  private static boolean upload(String path) {
    return UPLOADS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }
}
