package io.gazette.taxonomy;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Tags for editors: {@code /admin/tags}, filtered and paginated, a name and slug per language. */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor"})
@Produces(MediaType.TEXT_HTML)
public class TagAdminPages {

  static final int PAGE_SIZE = 50;

  /** A listed tag: what is stored, and its edit form. */
  public record Row(long id, LabelForm stored, LabelForm form) {}

  /** Where the list's previous and next pages are, null at either end. */
  public record Pager(int page, int pages, String previous, String next) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance tags(
        AdminPage page, List<Row> rows, LabelForm create, String q, Pager pager);
  }

  private final TagService tags;
  private final Languages languages;
  private final NewsroomWords words;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  TagAdminPages(
      TagService tags,
      Languages languages,
      NewsroomWords words,
      AdminShell shell,
      SecurityIdentity identity) {
    this.tags = tags;
    this.languages = languages;
    this.words = words;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path("tags")
  public TemplateInstance list(
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("done") String done,
      @QueryParam("id") Long id) {
    return render(q == null ? "" : q.strip(), Math.max(1, page), notice(done, id), null);
  }

  @POST
  @Path("tags")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm("lang") List<String> langs,
      @RestForm("name") List<String> names,
      @RestForm("slug") List<String> slugs) {
    return save(null, Labels.inputs(languages.all(), langs, names, slugs));
  }

  @POST
  @Path("tags/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @RestPath long id,
      @RestForm("lang") List<String> langs,
      @RestForm("name") List<String> names,
      @RestForm("slug") List<String> slugs) {
    return save(id, Labels.inputs(languages.all(), langs, names, slugs));
  }

  private Response save(Long id, List<Labels.Input> inputs) {
    var outcome = tags.save(id, "", inputs);
    if (outcome instanceof Labels.Outcome.Saved saved) {
      String done = id == null ? "created" : "saved";
      return Response.seeOther(URI.create("/admin/tags?done=" + done + "&id=" + saved.id()))
          .build();
    }
    var errors = ((Labels.Outcome.Invalid) outcome).errors();
    Language ui = shell.language(AdminShell.member(identity));
    var typed = LabelForm.typed(id, "", inputs, errors, languages.all(), ui, words.messages(ui));
    return Response.status(Response.Status.BAD_REQUEST).entity(render("", 1, null, typed)).build();
  }

  private TemplateInstance render(String q, int pageNumber, String notice, LabelForm failed) {
    AdminPage page = shell.page(AdminShell.member(identity), notice);
    Language ui = page.language();
    var found = tags.list(q, pageNumber, PAGE_SIZE);
    List<Row> rows = new ArrayList<>();
    if (failed != null && failed.id() != null) {
      var tag = tags.get(failed.id());
      rows.add(new Row(tag.id(), stored(tag, ui), failed));
    }
    for (var tag : found.items()) {
      if (failed == null || !Long.valueOf(tag.id()).equals(failed.id())) {
        rows.add(new Row(tag.id(), stored(tag, ui), stored(tag, ui)));
      }
    }
    LabelForm create =
        failed != null && failed.id() == null
            ? failed
            : LabelForm.stored(null, "", Map.of(), languages.all(), ui);
    return Templates.tags(page, rows, create, q, pager(q, found)).setLocale(ui.locale());
  }

  private LabelForm stored(LabelView tag, Language ui) {
    return LabelForm.stored(tag.id(), "", tag.labels(), languages.all(), ui);
  }

  private static Pager pager(String q, LabelPage found) {
    String base = "/admin/tags?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=";
    int page = found.page();
    return new Pager(
        page,
        found.pages(),
        page > 1 ? base + (page - 1) : null,
        page < found.pages() ? base + (page + 1) : null);
  }

  private String notice(String done, Long id) {
    if (done == null || id == null) {
      return null;
    }
    Language ui = shell.language(AdminShell.member(identity));
    var m = words.messages(ui);
    try {
      String name = stored(tags.get(id), ui).nameIn(ui.code());
      return "created".equals(done) ? m.noticeTagCreated(name) : m.noticeTagSaved(name);
    } catch (NotFoundException gone) {
      return null;
    }
  }
}
