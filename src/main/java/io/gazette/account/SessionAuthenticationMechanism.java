package io.gazette.account;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads the newsroom's credentials: the session cookie on {@code /admin}, a bearer token on {@code
 * /api/admin} and on the metrics (never a query parameter). Reader pages carry neither and stay
 * anonymous.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The browser session cookie, sent only to {@code /admin}. */
  public static final String COOKIE = "gazette_session";

  private static final String BEARER = "Bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identities) {
    SessionTokenRequest request = credentials(context);
    if (request == null) {
      return Uni.createFrom().nullItem();
    }
    return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    if (takesBearer(context.normalizedPath())) {
      return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }
    return Uni.createFrom().item(new ChallengeData(303, "Location", "/admin/login"));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(SessionTokenRequest.class);
  }

  private static SessionTokenRequest credentials(RoutingContext context) {
    String path = context.normalizedPath();
    if (takesBearer(path)) {
      String header = context.request().getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        return new SessionTokenRequest(header.substring(BEARER.length()).trim(), SessionKind.API);
      }
      return null;
    }
    if (path.equals("/admin") || path.startsWith("/admin/")) {
      Cookie cookie = context.request().getCookie(COOKIE);
      return cookie == null
          ? null
          : new SessionTokenRequest(cookie.getValue(), SessionKind.BROWSER);
    }
    return null;
  }

  /** The admin API, and the metrics that a scraper reads with an administrator's token. */
  private static boolean takesBearer(String path) {
    return path.startsWith("/api/admin/")
        || path.equals("/api/admin")
        || path.equals("/q/metrics")
        || path.startsWith("/q/metrics/");
  }
}
