package io.gazette.moderation;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The moderation queue ({@code /admin/comments}): tabs, filters, per-comment and bulk actions, and
 * the forms to edit a comment or answer it as the newsroom.
 */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor", "moderator"})
@Produces(MediaType.TEXT_HTML)
public class ModerationAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(AdminPage page, QueueView view);

    static native TemplateInstance edit(AdminPage page, CommentForm form);

    static native TemplateInstance reply(AdminPage page, CommentForm form);

    static native TemplateInstance refused(AdminPage page, String title, String message);
  }

  private static final String COMMENT = "comments/{id: \\d+}";

  private final ModerationActions actions;
  private final CommentForms forms;
  private final QueueViews views;
  private final Languages languages;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  ModerationAdminPages(
      ModerationActions actions,
      CommentForms forms,
      QueueViews views,
      Languages languages,
      AdminShell shell,
      SecurityIdentity identity) {
    this.actions = actions;
    this.forms = forms;
    this.views = views;
    this.languages = languages;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path("comments")
  public Response queue(
      @BeanParam QueueParams params, @RestQuery String done, @RestQuery String n) {
    AdminPage page = page();
    var m = Bundles.in(ModerationMessages.class, page.language());
    page = shell.page(page.member(), ModerationTexts.notice(m, locale(page), done, n));
    try {
      QueueView view = views.view(page, params.read(languages));
      return Response.ok(Templates.queue(page, view).setLocale(locale(page))).build();
    } catch (QueueQuery.Unreadable bad) {
      return refused(page, 400, m.refusedTitle(), ModerationTexts.refusal(m, bad.field));
    }
  }

  @POST
  @Path(COMMENT + "/{action: approve|spam|trash|delete}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@RestPath long id, @RestPath String action, @BeanParam QueueParams params) {
    int changed = actions.apply(action, List.of(id), page().member());
    return changed == 0 ? notFound() : done(params, action, changed);
  }

  @POST
  @Path("comments/bulk")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response bulk(
      @RestForm String action, @RestForm("id") List<String> ids, @BeanParam QueueParams params) {
    if (action == null || !ModerationActions.ACTIONS.contains(action)) {
      var m = Bundles.in(ModerationMessages.class, page().language());
      return refused(page(), 400, m.refusedTitle(), m.badAction());
    }
    List<Long> selected = ModerationActions.ids(ids);
    if (selected.isEmpty()) {
      return done(params, "none", 0);
    }
    return done(params, action, actions.apply(action, selected, page().member()));
  }

  @GET
  @Path(COMMENT + "/edit")
  public Response editForm(@RestPath long id, @BeanParam QueueParams params) {
    return form(id, params, false, null, null);
  }

  @POST
  @Path(COMMENT + "/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response edit(@RestPath long id, @RestForm String body, @BeanParam QueueParams params) {
    String typed = body == null ? "" : body;
    return form(id, params, false, typed, forms.edit(page(), id, typed));
  }

  @GET
  @Path(COMMENT + "/reply")
  public Response replyForm(@RestPath long id, @BeanParam QueueParams params) {
    return form(id, params, true, null, null);
  }

  @POST
  @Path(COMMENT + "/reply")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reply(@RestPath long id, @RestForm String body, @BeanParam QueueParams params) {
    String typed = body == null ? "" : body;
    return form(id, params, true, typed, forms.reply(page(), id, typed));
  }

  /**
   * The edit or reply form: as stored when nothing was sent ({@code typed} null), back to the queue
   * when what was sent was saved ({@code error} null), else again with the error.
   */
  private Response form(long id, QueueParams params, boolean reply, String typed, String error) {
    if (typed != null && error == null) {
      return done(params, reply ? "reply" : "edit", 1);
    }
    AdminPage page = page();
    CommentForm form = forms.find(page, id, params.back(languages).suffix());
    if (form == null) {
      return notFound();
    }
    String text = typed != null ? typed : reply ? "" : form.comment().body();
    form = form.with(text, error);
    TemplateInstance html = reply ? Templates.reply(page, form) : Templates.edit(page, form);
    return Response.status(error == null ? 200 : 400).entity(html.setLocale(locale(page))).build();
  }

  /** Back to the queue the form came from, saying what was done. */
  private Response done(QueueParams params, String done, int count) {
    String url = params.back(languages).url();
    return Response.seeOther(URI.create(url + "&done=" + done + "&n=" + count)).build();
  }

  private Response notFound() {
    var m = Bundles.in(ModerationMessages.class, page().language());
    return refused(page(), 404, m.notFoundTitle(), m.notFoundText());
  }

  static Response refused(AdminPage page, int status, String title, String message) {
    TemplateInstance html = Templates.refused(page, title, message).setLocale(locale(page));
    return Response.status(status).entity(html).build();
  }

  private AdminPage page() {
    return shell.page(AdminShell.member(identity), null);
  }

  private static Locale locale(AdminPage page) {
    return page.language().locale();
  }
}
