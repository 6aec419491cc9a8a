package io.gazette.webhook;

import io.gazette.GazetteConfig;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for messages that leave without a request of their own to answer (webhooks):
 * {@code gazette.base-url}, else the base of the request that made the news, else this server on
 * localhost.
 */
@ApplicationScoped
public class PublicLinks {

  private final GazetteConfig config;
  private final CurrentVertxRequest request;
  private final int port;

  PublicLinks(
      GazetteConfig config,
      CurrentVertxRequest request,
      @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
    this.config = config;
    this.request = request;
    this.port = port;
  }

  /** The site's base, without a trailing slash. */
  public String base() {
    String base = config.baseUrl().orElseGet(this::requestBase);
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private String requestBase() {
    if (Arc.container().requestContext().isActive() && request.getCurrent() != null) {
      URI uri = URI.create(request.getCurrent().request().absoluteURI());
      return uri.getScheme() + "://" + uri.getRawAuthority();
    }
    return "http://localhost:" + port;
  }
}
