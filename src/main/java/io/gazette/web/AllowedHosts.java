package io.gazette.web;

import io.gazette.GazetteConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers only the site's own host names, as Django's {@code ALLOWED_HOSTS} does: the loopback
 * names, the host of {@code gazette.base-url} and those of {@code gazette.allowed-hosts}. Links in
 * pages are built from the request's origin when no base URL is set, so a request for another host
 * must not be answered at all: it could fill a shared cache with links to that host. The health
 * check is answered whatever the host, since probes call it by address.
 */
@ApplicationScoped
public class AllowedHosts {

  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

  /** After the security headers (1000), before everything else the application filters. */
  private static final int PRIORITY = 990;

  private final List<String> patterns = new ArrayList<>(LOOPBACK);

  AllowedHosts(GazetteConfig config) {
    config.baseUrl().map(base -> URI.create(base).getHost()).ifPresent(this::allow);
    config.allowedHosts().ifPresent(hosts -> hosts.forEach(this::allow));
  }

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  private void check(RoutingContext context) {
    String path = context.normalizedPath();
    if (path.equals("/q/health") || path.startsWith("/q/health/") || allows(host(context))) {
      context.next();
      return;
    }
    context
        .response()
        .setStatusCode(400)
        .putHeader("Content-Type", "text/plain; charset=UTF-8")
        .putHeader("Cache-Control", "no-store")
        .end("400 Bad Request: this server does not answer for this host name.\n");
  }

  /** Whether a host name (without port; IPv6 without brackets) is one of the site's. */
  boolean allows(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String name = normalize(host);
    return patterns.stream().anyMatch(pattern -> matches(pattern, name));
  }

  private void allow(String host) {
    if (host != null && !host.isBlank()) {
      patterns.add(normalize(host.strip()));
    }
  }

  private static boolean matches(String pattern, String host) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.startsWith(".")) {
      return host.endsWith(pattern) || host.equals(pattern.substring(1));
    }
    return host.equals(pattern);
  }

  private static String host(RoutingContext context) {
    HostAndPort authority = context.request().authority();
    return authority == null ? null : authority.host();
  }

  private static String normalize(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
