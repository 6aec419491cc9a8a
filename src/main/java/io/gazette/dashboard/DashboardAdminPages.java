package io.gazette.dashboard;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.comment.CommentStatus;
import io.gazette.moderation.ModerationService;
import io.gazette.moderation.QueueFilter;
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
public class DashboardAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(AdminPage page, Long pendingComments);
  }

  private final AdminShell shell;
  private final SecurityIdentity identity;
  private final ModerationService moderation;

  DashboardAdminPages(AdminShell shell, SecurityIdentity identity, ModerationService moderation) {
    this.shell = shell;
    this.identity = identity;
    this.moderation = moderation;
  }

  @GET
  public TemplateInstance dashboard() {
    AdminPage page = shell.page(AdminShell.member(identity), null);
    Long pending = page.mayModerate() ? pendingComments() : null;
    return Templates.dashboard(page, pending).setLocale(page.language().locale());
  }

  /** How many comments wait for a moderator, for the dashboard's tile. */
  private long pendingComments() {
    var all = new QueueFilter(CommentStatus.PENDING, null, null, null);
    return moderation.counts(all).get(CommentStatus.PENDING);
  }
}
