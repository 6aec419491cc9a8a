package io.gazette.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The newsroom's home: {@code /admin}. */
@Path("/admin")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(AdminPage page);
  }

  private final AdminShell shell;
  private final SecurityIdentity identity;

  AdminPages(AdminShell shell, SecurityIdentity identity) {
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  public TemplateInstance dashboard() {
    AdminPage page = shell.page(AdminShell.member(identity), null);
    return Templates.dashboard(page).setLocale(page.language().locale());
  }
}
