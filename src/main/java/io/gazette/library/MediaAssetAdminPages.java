package io.gazette.library;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaImages;
import io.gazette.media.MediaRefusal;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * One picture in the newsroom, {@code /admin/media/{id}}: its texts in every language side by side,
 * the stories using it, replacing its file, deleting it.
 */
@Path("/admin/media/{id: \\d+}")
@Blocking
@RolesAllowed({"admin", "editor", "author"})
@Produces(MediaType.TEXT_HTML)
public class MediaAssetAdminPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance asset(AdminPage page, AssetView view);
  }

  private final MediaLibrary library;
  private final MediaUsage usage;
  private final MediaImages images;
  private final Uploads uploads;
  private final MediaWords words;
  private final Languages languages;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  MediaAssetAdminPages(
      MediaLibrary library,
      MediaUsage usage,
      MediaImages images,
      Uploads uploads,
      MediaWords words,
      Languages languages,
      AdminShell shell,
      SecurityIdentity identity) {
    this.library = library;
    this.usage = usage;
    this.images = images;
    this.uploads = uploads;
    this.words = words;
    this.languages = languages;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  public TemplateInstance show(
      @RestPath long id, @RestQuery String done, @RestQuery String article) {
    AdminPage page = page(null);
    MediaMessages m = words.in(page.language());
    String notice = "saved".equals(done) ? m.noticeSaved() : null;
    notice = "replaced".equals(done) ? m.noticeReplaced() : notice;
    notice = "uploaded".equals(done) ? m.noticeUploaded(1) : notice;
    MediaAsset asset = library.get(id);
    return render(page(notice), view(asset, stored(asset), number(article), null, null, false));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveTexts(
      @RestPath long id,
      @RestForm int version,
      @RestForm("lang") List<String> langs,
      @RestForm("alt") List<String> alts,
      @RestForm("caption") List<String> captions,
      @RestForm("credit") List<String> credits) {
    AdminPage page = page(null);
    List<TextsInput> typed = TextsForm.read(languages.all(), langs, alts, captions, credits);
    List<AssetView.LanguageTexts> shown =
        TextsForm.shown(languages.all(), typed, words.in(page.language()));
    if (shown.stream().anyMatch(t -> t.error() != null)) {
      MediaAsset asset = library.get(id);
      return status(400, render(page, view(asset, shown, null, null, null, false)));
    }
    try {
      library.saveTexts(page.member(), id, version, typed);
    } catch (StaleMedia stale) {
      MediaAsset asset = library.get(id);
      String error = words.in(page.language()).stale();
      return status(409, render(page, view(asset, stored(asset), null, error, null, false)));
    }
    return Response.seeOther(URI.create("/admin/media/" + id + "?done=saved")).build();
  }

  @POST
  @Path("file")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response replace(@RestPath long id, @RestForm("file") FileUpload file) {
    AdminPage page = page(null);
    try {
      library.replace(page.member(), id, file == null ? null : file.fileName(), uploads.read(file));
    } catch (MediaRefusal refusal) {
      MediaAsset asset = library.get(id);
      String error = words.refusal(page.language(), refusal.reason());
      return status(400, render(page, view(asset, stored(asset), null, null, error, false)));
    }
    return Response.seeOther(URI.create("/admin/media/" + id + "?done=replaced")).build();
  }

  @POST
  @Path("delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(@RestPath long id) {
    AdminPage page = page(null);
    try {
      library.delete(page.member(), id);
    } catch (MediaInUse used) {
      MediaAsset asset = library.get(id);
      return status(409, render(page, view(asset, stored(asset), null, null, null, true)));
    }
    return Response.seeOther(URI.create("/admin/media?done=deleted")).build();
  }

  private AssetView view(
      MediaAsset asset,
      List<AssetView.LanguageTexts> texts,
      Long article,
      String error,
      String fileError,
      boolean usedError) {
    Language ui = shell.page(AdminShell.member(identity), null).language();
    var preview = images.one(asset.id, ui.code()).orElse(null);
    MediaMessages m = words.in(ui);
    String size = MediaWords.size(asset.byteSize, ui.locale());
    String facts = m.facts(asset.width, asset.height, asset.kind.name(), size);
    String uploaded = m.uploadedOn(words.date(asset.createdAt, ui));
    return new AssetView(
        asset,
        preview,
        facts,
        uploaded,
        texts,
        usage.of(asset.id),
        article,
        error,
        fileError,
        usedError);
  }

  private List<AssetView.LanguageTexts> stored(MediaAsset asset) {
    List<AssetView.LanguageTexts> texts = new ArrayList<>();
    for (Language language : languages.all()) {
      var text = asset.text(language.code());
      texts.add(
          new AssetView.LanguageTexts(
              language,
              text.map(t -> t.alt).orElse(""),
              text.map(t -> t.caption).orElse(""),
              text.map(t -> t.credit).orElse(""),
              null));
    }
    return texts;
  }

  private TemplateInstance render(AdminPage page, AssetView view) {
    return Templates.asset(page, view).setLocale(page.language().locale());
  }

  private static Response status(int status, TemplateInstance page) {
    return Response.status(status).entity(page).build();
  }

  private static Long number(String text) {
    return text != null && text.matches("\\d{1,18}") ? Long.parseLong(text) : null;
  }

  private AdminPage page(String notice) {
    return shell.page(AdminShell.member(identity), notice);
  }
}
