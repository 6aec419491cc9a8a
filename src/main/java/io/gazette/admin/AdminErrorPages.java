package io.gazette.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused newsroom page explained in the member's language rather than an empty 403, and the page
 * of a change that lost a race.
 */
public class AdminErrorPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance forbidden(AdminPage page);

    static native TemplateInstance conflict(AdminPage page);
  }

  private final AdminShell shell;
  private final CurrentIdentityAssociation identities;

  AdminErrorPages(AdminShell shell, CurrentIdentityAssociation identities) {
    this.shell = shell;
    this.identities = identities;
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException refusal, UriInfo uri) {
    String path = uri.getPath();
    if (!path.equals("/admin") && !path.startsWith("/admin/")) {
      // The API answers with problem+json (see api/ApiProblems).
      return Response.status(Response.Status.FORBIDDEN).build();
    }
    // The identity was established to decide the refusal, so this does not block.
    AdminPage page = shell.page(AdminShell.member(identities.getIdentity()), null);
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.forbidden(page).setLocale(page.language().locale()))
        .build();
  }

  /**
   * The newsroom's page for a change that lost a race with another (see conflict/ConflictAnswers):
   * 409, nothing was saved, in the member's language.
   */
  public Response conflict() {
    AdminPage page = shell.page(AdminShell.member(identities.getIdentity()), null);
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.conflict(page).setLocale(page.language().locale()))
        .build();
  }
}
