package io.gazette.taxonomy;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.NewsroomMessages;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Sections for editors: {@code /admin/sections}, with a name and slug in every language. */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor"})
@Produces(MediaType.TEXT_HTML)
public class SectionAdminPages {

  /** A listed section: what is stored, and its edit form. */
  public record Row(long id, int position, LabelForm stored, LabelForm form) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance sections(AdminPage page, List<Row> rows, LabelForm create);
  }

  private final SectionService sections;
  private final Languages languages;
  private final NewsroomWords words;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  SectionAdminPages(
      SectionService sections,
      Languages languages,
      NewsroomWords words,
      AdminShell shell,
      SecurityIdentity identity) {
    this.sections = sections;
    this.languages = languages;
    this.words = words;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path("sections")
  public TemplateInstance list(@QueryParam("done") String done, @QueryParam("id") Long id) {
    return render(done, id, null);
  }

  @POST
  @Path("sections")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm String position,
      @RestForm("lang") List<String> langs,
      @RestForm("name") List<String> names,
      @RestForm("slug") List<String> slugs) {
    return save(null, position, Labels.inputs(languages.all(), langs, names, slugs));
  }

  @POST
  @Path("sections/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @RestPath long id,
      @RestForm String position,
      @RestForm("lang") List<String> langs,
      @RestForm("name") List<String> names,
      @RestForm("slug") List<String> slugs) {
    return save(id, position, Labels.inputs(languages.all(), langs, names, slugs));
  }

  private Response save(Long id, String position, List<Labels.Input> inputs) {
    var outcome = sections.save(id, position, inputs);
    if (outcome instanceof Labels.Outcome.Saved saved) {
      String done = id == null ? "created" : "saved";
      return Response.seeOther(URI.create("/admin/sections?done=" + done + "&id=" + saved.id()))
          .build();
    }
    var errors = ((Labels.Outcome.Invalid) outcome).errors();
    Language ui = shell.language(member());
    var typed =
        LabelForm.typed(id, position, inputs, errors, languages.all(), ui, words.messages(ui));
    return Response.status(Response.Status.BAD_REQUEST).entity(render(null, null, typed)).build();
  }

  private TemplateInstance render(String done, Long doneId, LabelForm failed) {
    AdminPage page = shell.page(member(), null);
    Language ui = page.language();
    List<Row> rows =
        sections.list().stream()
            .map(
                s -> {
                  var stored =
                      LabelForm.stored(
                          s.id(), String.valueOf(s.position()), s.labels(), languages.all(), ui);
                  boolean failedHere = failed != null && Long.valueOf(s.id()).equals(failed.id());
                  return new Row(s.id(), s.position(), stored, failedHere ? failed : stored);
                })
            .toList();
    LabelForm create =
        failed != null && failed.id() == null
            ? failed
            : LabelForm.stored(
                null, String.valueOf(sections.nextPosition()), Map.of(), languages.all(), ui);
    page = shell.page(member(), notice(words.messages(ui), ui, done, doneId, rows));
    return Templates.sections(page, rows, create).setLocale(ui.locale());
  }

  private static String notice(
      NewsroomMessages m, Language ui, String done, Long id, List<Row> rows) {
    String name =
        rows.stream()
            .filter(row -> id != null && row.id() == id)
            .map(row -> row.stored().nameIn(ui.code()))
            .findFirst()
            .orElse(null);
    if (name == null) {
      return null;
    }
    return "created".equals(done) ? m.noticeSectionCreated(name) : m.noticeSectionSaved(name);
  }

  private SignedIn member() {
    return AdminShell.member(identity);
  }
}
