package io.gazette.audit;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Codes;
import io.gazette.i18n.Language;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The audit log for administrators: {@code /admin/audit}, newest first, page by page. */
@Path("/admin")
@Blocking
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AuditAdminPages {

  static final int PAGE_SIZE = 50;

  /** One change as the page shows it: time and action already in the member's language. */
  public record Line(
      String time, String iso, String actor, String action, Long articleId, String detail) {}

  /** Where the previous and next pages are, null at either end. */
  public record Pager(int page, int pages, String previous, String next) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance audit(AdminPage page, List<Line> lines, Pager pager);
  }

  private final AuditLog log;
  private final NewsroomWords words;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  AuditAdminPages(AuditLog log, NewsroomWords words, AdminShell shell, SecurityIdentity identity) {
    this.log = log;
    this.words = words;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path("audit")
  public TemplateInstance audit(@QueryParam("page") @DefaultValue("1") int pageNumber) {
    AdminPage page = shell.page(AdminShell.member(identity), null);
    Language ui = page.language();
    AuditMessages actions = Bundles.in(AuditMessages.class, ui);
    var found = log.newest(Math.max(1, pageNumber), PAGE_SIZE);
    List<Line> lines =
        found.items().stream()
            .map(
                e ->
                    new Line(
                        words.dateTime(e.at(), ui),
                        e.at().truncatedTo(ChronoUnit.SECONDS).toString(),
                        e.actor(),
                        action(actions, e.action()),
                        e.articleId(),
                        e.detail()))
            .toList();
    int at = found.page();
    var pager =
        new Pager(
            at,
            found.pages(),
            at > 1 ? "/admin/audit?page=" + (at - 1) : null,
            at < found.pages() ? "/admin/audit?page=" + (at + 1) : null);
    return Templates.audit(page, lines, pager).setLocale(ui.locale());
  }

  /** The action's name; one this version does not know is shown as stored. */
  private static String action(AuditMessages actions, String stored) {
    return Codes.kebab(AuditAction.class, stored).map(actions::action).orElse(stored);
  }
}
