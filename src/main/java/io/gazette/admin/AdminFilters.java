package io.gazette.admin;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Guards the newsroom's forms: every state-changing request of a signed-in member must carry the
 * session's CSRF token, and no admin page may be stored by a cache.
 */
public class AdminFilters {

  /** The form field that carries the session's CSRF token. */
  public static final String CSRF_FIELD = "csrf";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final CurrentIdentityAssociation identities;

  AdminFilters(CurrentIdentityAssociation identities) {
    this.identities = identities;
  }

  @WithFormRead
  @ServerRequestFilter
  public Uni<Response> requireCsrfToken(ResteasyReactiveContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (SAFE.contains(request.getMethod()) || !isAdminForm(path)) {
      return Uni.createFrom().nullItem();
    }
    var context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
    Object sent = context.getFormParameter(CSRF_FIELD, true, false);
    return identities
        .getDeferredIdentity()
        .map(
            identity -> {
              SignedIn member = identity.getAttribute(SignedIn.ATTRIBUTE);
              // Anonymous requests go on to be refused by the endpoint's role check.
              if (member == null || sameToken(sent, member.csrfToken())) {
                return null;
              }
              return Response.status(Response.Status.FORBIDDEN).build();
            })
        .onFailure()
        .recoverWithNull();
  }

  @ServerResponseFilter
  public void neverStore(ContainerRequestContext request, ContainerResponseContext response) {
    if (isAdmin(request.getUriInfo().getPath())) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }

  private static boolean isAdminForm(String path) {
    return path.startsWith("/admin/") && !path.equals("/admin/login");
  }

  private static boolean isAdmin(String path) {
    return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/api/admin");
  }

  private static boolean sameToken(Object sent, String expected) {
    return sent instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
