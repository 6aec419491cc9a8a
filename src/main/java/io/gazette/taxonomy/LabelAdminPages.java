package io.gazette.taxonomy;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.NewsroomMessages;
import io.gazette.i18n.NewsroomWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The newsroom's section and tag pages: the list with an edit form per row, the creation form, and
 * what both forms answer. The subclasses give the path, the list and the notices.
 */
// Quarkus applies these to the subclasses' methods as well: they carry only their path.
@Blocking
@RolesAllowed({"admin", "editor"})
@Produces(MediaType.TEXT_HTML)
public abstract class LabelAdminPages {

  /** A listed section or tag: what is stored, and its edit form. */
  public record Row(long id, LabelForm stored, LabelForm form) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance labels(
        AdminPage page,
        Taxonomy taxonomy,
        String path,
        List<Row> rows,
        LabelForm create,
        String q,
        LabelPage.Pager pager);
  }

  private final Taxonomy taxonomy;
  private final String path;
  private final LabelService<?> service;

  // Fields rather than constructor parameters: the subclasses need not pass them along.
  @Inject Languages languages;
  @Inject NewsroomWords words;
  @Inject AdminShell shell;
  @Inject SecurityIdentity identity;

  LabelAdminPages(Taxonomy taxonomy, String path, LabelService<?> service) {
    this.taxonomy = taxonomy;
    this.path = path;
    this.service = service;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm String position,
      @RestForm("lang") List<String> langs,
      @RestForm("name") List<String> names,
      @RestForm("slug") List<String> slugs) {
    return save(null, position, Labels.inputs(languages.all(), langs, names, slugs));
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @RestPath long id,
      @RestForm String position,
      @RestForm("lang") List<String> langs,
      @RestForm("name") List<String> names,
      @RestForm("slug") List<String> slugs) {
    return save(id, position, Labels.inputs(languages.all(), langs, names, slugs));
  }

  /** The rows to list: a page of them, with the one whose form {@code failedId} sent, if any. */
  abstract LabelPage listed(String q, int page, Long failedId);

  /** The position the creation form suggests, empty where there is none. */
  abstract String suggestedPosition();

  /** The notice once a form was saved. */
  abstract String notice(NewsroomMessages m, boolean created, String name);

  /** The page listing page {@code pageNumber} of what matches {@code q}, with a failed form. */
  TemplateInstance render(String q, int pageNumber, String notice, LabelForm failed) {
    AdminPage page = shell.page(AdminShell.member(identity), notice);
    Language ui = page.language();
    LabelPage listed = listed(q, pageNumber, failed == null ? null : failed.id());
    List<Row> rows = listed.items().stream().map(label -> row(label, failed, ui)).toList();
    LabelForm create =
        failed != null && failed.id() == null
            ? failed
            : LabelForm.stored(null, suggestedPosition(), Map.of(), languages.all(), ui);
    String pages = path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=";
    return Templates.labels(page, taxonomy, path, rows, create, q, listed.pager(pages))
        .setLocale(ui.locale());
  }

  /** The notice for {@code ?done=created|saved&id=}, null when the record is gone. */
  String notice(String done, Long id) {
    if (id == null) {
      return null;
    }
    Language ui = shell.language(AdminShell.member(identity));
    try {
      String name = LabelForm.stored(service.get(id), languages.all(), ui).nameIn(ui.code());
      return notice(words.messages(ui), "created".equals(done), name);
    } catch (NotFoundException gone) {
      return null;
    }
  }

  private Response save(Long id, String position, List<Labels.Input> inputs) {
    var outcome = service.save(id, position, inputs);
    if (outcome instanceof Labels.Outcome.Saved saved) {
      String done = id == null ? "created" : "saved";
      return Response.seeOther(URI.create(path + "?done=" + done + "&id=" + saved.id())).build();
    }
    var errors = ((Labels.Outcome.Invalid) outcome).errors();
    Language ui = shell.language(AdminShell.member(identity));
    var typed =
        LabelForm.typed(id, position, inputs, errors, languages.all(), ui, words.messages(ui));
    return Response.status(Response.Status.BAD_REQUEST).entity(render("", 1, null, typed)).build();
  }

  private Row row(LabelView label, LabelForm failed, Language ui) {
    LabelForm stored = LabelForm.stored(label, languages.all(), ui);
    boolean failedHere = failed != null && Long.valueOf(label.id()).equals(failed.id());
    return new Row(label.id(), stored, failedHere ? failed : stored);
  }
}
