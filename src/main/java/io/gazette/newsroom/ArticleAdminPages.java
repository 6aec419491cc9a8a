package io.gazette.newsroom;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.article.ArticlePageData;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.SaveOutcome;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Codes;
import io.gazette.web.Page;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The newsroom's article screens: the list with filters and bulk actions, the form to write and
 * edit, the workflow buttons and the preview ({@code /admin/articles...}).
 */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor", "author"})
@Produces(MediaType.TEXT_HTML)
public class ArticleAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(AdminPage page, ArticleListRow listing);

    static native TemplateInstance form(AdminPage page, ArticleFormView view);

    static native TemplateInstance preview(Page page, ArticlePageData data);
  }

  private static final String ARTICLE = "articles/{id: \\d+}";

  private final AdminShell shell;
  private final SecurityIdentity identity;
  private final EditorialService editorial;
  private final ArticleFormViews views;
  private final ArticleListings listings;
  private final ArticleFormActions actions;
  private final ArticleFormPreview preview;

  ArticleAdminPages(
      AdminShell shell,
      SecurityIdentity identity,
      EditorialService editorial,
      ArticleFormViews views,
      ArticleListings listings,
      ArticleFormActions actions,
      ArticleFormPreview preview) {
    this.shell = shell;
    this.identity = identity;
    this.editorial = editorial;
    this.views = views;
    this.listings = listings;
    this.actions = actions;
    this.preview = preview;
  }

  @GET
  @Path("articles")
  public TemplateInstance list(@BeanParam ArticleListFilter filter) {
    AdminPage page = page(null);
    return Templates.list(page, listings.listing(page, filter)).setLocale(locale(page));
  }

  @POST
  @Path("articles/bulk")
  @RolesAllowed({"admin", "editor"})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response bulk(
      @RestForm String action, @RestForm("article") List<String> selected, @RestForm String back) {
    return Response.seeOther(actions.bulk(page(null).member(), action, selected, back)).build();
  }

  @GET
  @Path("articles/new")
  public TemplateInstance newStory() {
    AdminPage page = page(null);
    ArticleForm form = ArticleForm.blank(page.language().code());
    return form(page, views.create(page, form, Map.of()));
  }

  @POST
  @Path("articles")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@BeanParam ArticleForm form) {
    AdminPage page = page(null);
    var outcome = editorial.createStory(page.member(), form.lang, form.draft());
    if (outcome instanceof SaveOutcome.Invalid invalid) {
      return answer(400, page, views.create(page, form, invalid.errors()));
    }
    return done(((SaveOutcome.Saved) outcome).article().id(), "created");
  }

  @GET
  @Path(ARTICLE)
  public TemplateInstance edit(@PathParam("id") long id, @RestQuery String done) {
    AdminPage page = page(done);
    return form(page, views.edit(page, id, null));
  }

  @POST
  @Path(ARTICLE)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("id") long id, @BeanParam ArticleForm form) {
    AdminPage page = page(null);
    var outcome = editorial.save(page.member(), id, form.version, form.draft());
    if (outcome instanceof SaveOutcome.Conflict) {
      return answer(409, page, views.conflict(page, id, form));
    }
    if (outcome instanceof SaveOutcome.Invalid invalid) {
      return answer(400, page, views.invalid(page, id, form, invalid.errors()));
    }
    return done(id, "saved");
  }

  @POST
  @Path(ARTICLE + "/{action: submit|publish|unpublish|send-back}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response workflow(
      @PathParam("id") long id,
      @PathParam("action") String action,
      @RestForm int version,
      @RestForm String at,
      @RestForm boolean override) {
    return actions.run(page(null), id, action, version, at, override);
  }

  @GET
  @Path(ARTICLE + "/preview")
  public TemplateInstance preview(@PathParam("id") long id, @Context UriInfo uri) {
    ArticlePageData data = preview.data(page(null).member(), id);
    Page page = preview.page(data.article().lang(), id, uri);
    return Templates.preview(page, data).setLocale(page.language().locale());
  }

  /** The form page answered with a status other than 200: refused, conflicting, blocked. */
  static Response answer(int status, AdminPage page, ArticleFormView view) {
    return Response.status(status).entity(form(page, view)).build();
  }

  private static TemplateInstance form(AdminPage page, ArticleFormView view) {
    return Templates.form(page, view).setLocale(locale(page));
  }

  private AdminPage page(String done) {
    AdminPage bare = shell.page(AdminShell.member(identity), null);
    var messages = Bundles.in(ArticleAdminMessages.class, bare.language());
    String notice = Codes.kebab(ArticleNotice.class, done).map(messages::notice).orElse(null);
    return notice == null ? bare : shell.page(bare.member(), notice);
  }

  private static Locale locale(AdminPage page) {
    return page.language().locale();
  }

  private static Response done(long id, String done) {
    return Response.seeOther(URI.create("/admin/articles/" + id + "?done=" + done)).build();
  }
}
