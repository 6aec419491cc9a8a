package io.gazette.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the security headers on every response, whoever answers it (pages, error pages, static
 * files): a Content-Security-Policy that allows no inline script anywhere, {@code nosniff} and a
 * referrer policy. The newsroom's policy also allows inline styles, which the vendored Trix editor
 * injects at runtime. Nothing under {@code /q/} gets a policy: Swagger UI runs inline scripts.
 * Every text response names its charset, so that no browser guesses one (UTF-7 sniffing), and a
 * site served over https tells browsers to keep to https.
 */
@ApplicationScoped
public class SecurityHeaders {

  /** What reader pages may load: only the site's own scripts, styles and fonts; any https image. */
  public static final String READER_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  /** The newsroom's: the reader's with inline styles, never inline scripts. */
  public static final String ADMIN_POLICY =
      READER_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

  /** JSON and media files are never documents: they may load nothing and be framed nowhere. */
  public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  static final String CSP = "Content-Security-Policy";

  /** A year, without subdomains: the newsroom may run other hosts under the same domain. */
  static final String HSTS = "max-age=31536000";

  /** Before the application's own route filters, so that even their early answers get headers. */
  private static final int PRIORITY = 1000;

  void register(@Observes Filters filters) {
    filters.register(
        context -> {
          context.addHeadersEndHandler(ended -> secure(context));
          context.next();
        },
        PRIORITY);
  }

  private static void secure(RoutingContext context) {
    MultiMap headers = context.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    String policy = policy(context.normalizedPath());
    if (policy != null) {
      headers.set(CSP, policy);
    }
    if ("https".equals(context.request().scheme())) {
      headers.set("Strict-Transport-Security", HSTS);
    }
    String type = headers.get("Content-Type");
    if (type != null && type.startsWith("text/") && !type.toLowerCase().contains("charset=")) {
      headers.set("Content-Type", type + ";charset=UTF-8");
    }
  }

  /** The policy of a path, or null for Quarkus's own tools under {@code /q/}. */
  static String policy(String path) {
    if (under(path, "/q")) {
      return null;
    }
    if (under(path, "/admin")) {
      return ADMIN_POLICY;
    }
    return under(path, "/api") || under(path, "/media") ? API_POLICY : READER_POLICY;
  }

  private static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
