package io.gazette.translation;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.revision.RevisionService;
import io.gazette.revision.TextDiff;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/**
 * What changed in an outdated translation's source since it was translated, and marking the
 * translation up to date once it carries those changes.
 */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor", "author"})
@Produces(MediaType.TEXT_HTML)
public class SourceChangesAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance sourceChanges(
        AdminPage page, ArticleSnapshot article, List<TextDiff.Row> rows);
  }

  private final EditorialService editorial;
  private final RevisionService revisions;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  SourceChangesAdminPages(
      EditorialService editorial,
      RevisionService revisions,
      AdminShell shell,
      SecurityIdentity identity) {
    this.editorial = editorial;
    this.revisions = revisions;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path("articles/{id}/source-changes")
  public TemplateInstance sourceChanges(@RestPath long id) {
    ArticleSnapshot article = editorial.get(member(), id);
    var rows = revisions.sourceChanges(member(), id);
    AdminPage page = shell.page(member(), null);
    return Templates.sourceChanges(page, article, rows).setLocale(page.language().locale());
  }

  @POST
  @Path("articles/{id}/up-to-date")
  public Response markUpToDate(@RestPath long id) {
    editorial.markUpToDate(member(), id);
    long storyId = editorial.get(member(), id).storyId();
    return Response.seeOther(URI.create("/admin/stories/" + storyId + "?done=upToDate")).build();
  }

  private SignedIn member() {
    return AdminShell.member(identity);
  }
}
