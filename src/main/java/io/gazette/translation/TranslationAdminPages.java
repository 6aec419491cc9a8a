package io.gazette.translation;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.NewsroomQueries;
import io.gazette.editorial.SaveOutcome;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A story in every language ({@code /admin/stories/{id}}) and the translation form, which shows the
 * source beside the new version.
 */
@Path("/admin")
@Blocking
@RolesAllowed({"admin", "editor", "author"})
@Produces(MediaType.TEXT_HTML)
public class TranslationAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance translate(
        AdminPage page,
        ArticleSnapshot source,
        String sourceLanguage,
        String targetCode,
        String targetLanguage,
        TranslationForm form);
  }

  private final NewsroomQueries queries;
  private final EditorialService editorial;
  private final TranslationDrafts drafts;
  private final Languages languages;
  private final NewsroomWords words;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  TranslationAdminPages(
      NewsroomQueries queries,
      EditorialService editorial,
      TranslationDrafts drafts,
      Languages languages,
      NewsroomWords words,
      AdminShell shell,
      SecurityIdentity identity) {
    this.queries = queries;
    this.editorial = editorial;
    this.drafts = drafts;
    this.languages = languages;
    this.words = words;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  @Path("articles/{sourceId}/translate/{lang}")
  public Response form(@RestPath long sourceId, @RestPath String lang) {
    ArticleSnapshot source = editorial.get(member(), sourceId);
    Language target = target(lang);
    boolean exists =
        queries.story(member(), source.storyId()).stream()
            .anyMatch(state -> state.language().equals(target) && state.article() != null);
    if (!exists) {
      return Response.ok(render(source, target, TranslationForm.empty())).build();
    }
    var refused =
        TranslationForm.empty().withErrors(Map.of("lang", "errorTranslationExists"), messages());
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(render(source, target, refused))
        .build();
  }

  @POST
  @Path("articles/{sourceId}/translate/{lang}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response translate(
      @RestPath long sourceId,
      @RestPath String lang,
      @RestForm String title,
      @RestForm String slug,
      @RestForm String standfirst,
      @RestForm String body) {
    ArticleSnapshot source = editorial.get(member(), sourceId);
    Language target = target(lang);
    TranslationForm form = TranslationForm.typed(title, slug, standfirst, body);
    SaveOutcome outcome =
        editorial.translate(
            member(), sourceId, target.code(), drafts.draft(source, target.code(), form));
    if (outcome instanceof SaveOutcome.Invalid invalid) {
      var refused = form.withErrors(invalid.errors(), messages());
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(render(source, target, refused))
          .build();
    }
    return Response.seeOther(URI.create("/admin/stories/" + source.storyId() + "?done=translated"))
        .build();
  }

  private TemplateInstance render(ArticleSnapshot source, Language target, TranslationForm form) {
    AdminPage page = shell.page(member(), null);
    Language ui = page.language();
    Language sourceLanguage = languages.find(source.lang()).orElse(ui);
    return Templates.translate(
            page,
            source,
            NewsroomWords.languageName(sourceLanguage, ui),
            target.code(),
            NewsroomWords.languageName(target, ui),
            form)
        .setLocale(ui.locale());
  }

  private Language target(String lang) {
    return languages.find(lang).orElseThrow(NotFoundException::new);
  }

  private NewsroomMessages messages() {
    return words.messages(shell.language(member()));
  }

  private SignedIn member() {
    return AdminShell.member(identity);
  }
}
