package io.gazette.account;

import io.gazette.admin.AdminMessages;
import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/** Signing in to and out of the newsroom: {@code /admin/login}, {@code /admin/logout}. */
@Path("/admin")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance signIn(AdminPage page, String username, String error);
  }

  private final SessionService sessions;
  private final AdminShell shell;

  SignInPages(SessionService sessions, AdminShell shell) {
    this.sessions = sessions;
    this.shell = shell;
  }

  @GET
  @Path("login")
  public TemplateInstance form(@QueryParam("signedOut") String signedOut) {
    AdminPage page = shell.page(null, null);
    var messages = shell.messages(page.language());
    String notice = signedOut == null ? null : messages.signedOut();
    return Templates.signIn(shell.page(null, notice), "", null).setLocale(page.language().locale());
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @RestForm String username, @RestForm String password, @Context HttpServerRequest request) {
    if (!SameOrigin.allowed(request)) {
      SignInRecords.crossOrigin(SameOrigin.claimed(request), request.remoteAddress().host());
      return refused(403, username, AdminMessages::signInCrossOrigin).build();
    }
    var result =
        sessions.signIn(username, password, SessionKind.BROWSER, request.remoteAddress().host());
    if (result.outcome() == SessionService.Outcome.SIGNED_IN) {
      return Response.seeOther(URI.create("/admin"))
          .cookie(sessionCookie(result.token(), request.isSSL()))
          .build();
    }
    if (result.outcome() == SessionService.Outcome.THROTTLED) {
      return refused(429, username, AdminMessages::signInThrottled)
          .header("Retry-After", "300")
          .build();
    }
    return refused(401, username, AdminMessages::signInRefused).build();
  }

  @POST
  @Path("logout")
  @Authenticated
  public Response signOut(@CookieParam(SessionAuthenticationMechanism.COOKIE) String token) {
    sessions.signOut(token);
    return Response.seeOther(URI.create("/admin/login?signedOut=1"))
        .cookie(sessionCookie("", false))
        .build();
  }

  /** The sign-in form again, with what was typed as username and why it was refused. */
  private Response.ResponseBuilder refused(
      int status, String username, Function<AdminMessages, String> why) {
    AdminPage page = shell.page(null, null);
    String error = why.apply(shell.messages(page.language()));
    var form = Templates.signIn(page, username == null ? "" : username, error);
    return Response.status(status).entity(form.setLocale(page.language().locale()));
  }

  private static NewCookie sessionCookie(String token, boolean secure) {
    return new NewCookie.Builder(SessionAuthenticationMechanism.COOKIE)
        .value(token)
        .path("/admin")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge(token.isEmpty() ? 0 : (int) SessionService.BROWSER_LIFETIME.toSeconds())
        .build();
  }
}
