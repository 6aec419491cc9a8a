package io.gazette.revision;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.i18n.NewsroomWords;
import io.gazette.story.ArticleStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** An article's revisions: list, compare two (paragraph and word diff), restore one. */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor", "author"})
@Produces(MediaType.TEXT_HTML)
public class RevisionAdminPages {

  /** A revision as the list shows it, its time in the member's language and the site's zone. */
  public record Line(
      int number, String title, String savedBy, String savedAt, String iso, boolean current) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance revisions(
        AdminPage page,
        ArticleSnapshot article,
        List<Line> lines,
        int defaultFrom,
        boolean mayRestore,
        String conflict);

    static native TemplateInstance diff(
        AdminPage page,
        ArticleSnapshot article,
        int from,
        int to,
        List<TextDiff.Row> rows,
        boolean changed);
  }

  private final EditorialService editorial;
  private final RevisionService revisions;
  private final NewsroomWords words;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  RevisionAdminPages(
      EditorialService editorial,
      RevisionService revisions,
      NewsroomWords words,
      AdminShell shell,
      SecurityIdentity identity) {
    this.editorial = editorial;
    this.revisions = revisions;
    this.words = words;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path("articles/{id}/revisions")
  public TemplateInstance list(
      @RestPath long id, @QueryParam("done") String done, @QueryParam("number") Integer number) {
    AdminPage page = shell.page(member(), null);
    String notice =
        "restored".equals(done) && number != null
            ? words.messages(page.language()).noticeRestored(number)
            : null;
    return render(id, notice, null);
  }

  @GET
  @Path("articles/{id}/revisions/diff")
  public TemplateInstance diff(
      @RestPath long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    int older = number(from);
    int newer = number(to);
    var rows = revisions.diff(member(), id, older, newer);
    AdminPage page = shell.page(member(), null);
    return Templates.diff(
            page, editorial.get(member(), id), older, newer, rows, TextDiff.anyChange(rows))
        .setLocale(page.language().locale());
  }

  @POST
  @Path("articles/{id}/revisions/{number}/restore")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response restore(@RestPath long id, @RestPath int number, @RestForm String version) {
    if (revisions.restore(member(), id, number, number(version))) {
      return Response.seeOther(
              URI.create("/admin/articles/" + id + "/revisions?done=restored&number=" + number))
          .build();
    }
    String conflict = words.messages(shell.language(member())).restoreConflict();
    return Response.status(Response.Status.CONFLICT).entity(render(id, null, conflict)).build();
  }

  private TemplateInstance render(long id, String notice, String conflict) {
    SignedIn member = member();
    ArticleSnapshot article = editorial.get(member, id);
    AdminPage page = shell.page(member, notice);
    List<Line> lines =
        revisions.list(member, id).stream()
            .map(
                r ->
                    new Line(
                        r.number(),
                        r.title(),
                        r.savedBy(),
                        words.dateTime(r.savedAt(), page.language()),
                        r.savedAt().toString(),
                        r.number() == article.revision()))
            .toList();
    int defaultFrom = lines.size() > 1 ? lines.get(1).number() : article.revision();
    // Authors may change their story only while it is a draft or in review.
    boolean mayRestore =
        page.isEditor()
            || article.status() == ArticleStatus.DRAFT
            || article.status() == ArticleStatus.REVIEW;
    return Templates.revisions(page, article, lines, defaultFrom, mayRestore, conflict)
        .setLocale(page.language().locale());
  }

  /** A revision or version number from the request; anything else is a bad request. */
  private static int number(String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException notANumber) {
      throw new BadRequestException("not a number: " + text);
    }
  }

  private SignedIn member() {
    return AdminShell.member(identity);
  }
}
