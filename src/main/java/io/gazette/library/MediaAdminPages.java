package io.gazette.library;

import io.gazette.admin.AdminPage;
import io.gazette.admin.AdminShell;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.lead.LeadImages;
import io.gazette.lead.LeadPick;
import io.gazette.media.MediaAsset;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The newsroom's media library, {@code /admin/media}: the grid with search and filters, and the
 * upload form (several files, dropped or chosen; without JavaScript too).
 */
@Path("/admin/media")
@Blocking
@RolesAllowed({"admin", "editor", "author"})
@Produces(MediaType.TEXT_HTML)
public class MediaAdminPages {

  /** A file the upload form could not take in, and why. */
  public record Refused(String name, String reason) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance library(
        AdminPage page,
        MediaQuery query,
        MediaSearch.Found found,
        List<Language> languages,
        LeadPick pick,
        List<Refused> refused,
        long maxMb);
  }

  private final MediaLibrary library;
  private final MediaSearch search;
  private final Uploads uploads;
  private final MediaWords words;
  private final LeadImages leads;
  private final Languages languages;
  private final AdminShell shell;
  private final SecurityIdentity identity;

  MediaAdminPages(
      MediaLibrary library,
      MediaSearch search,
      Uploads uploads,
      MediaWords words,
      LeadImages leads,
      Languages languages,
      AdminShell shell,
      SecurityIdentity identity) {
    this.library = library;
    this.search = search;
    this.uploads = uploads;
    this.words = words;
    this.leads = leads;
    this.languages = languages;
    this.shell = shell;
    this.identity = identity;
  }

  @GET
  public Response grid(
      @RestQuery String q,
      @RestQuery String missing,
      @RestQuery String unused,
      @RestQuery String page,
      @RestQuery String pick,
      @RestQuery String done,
      @RestQuery String count) {
    AdminPage admin = page(null);
    String notice =
        "uploaded".equals(done) ? words.in(admin.language()).noticeUploaded(number(count)) : null;
    notice = "deleted".equals(done) ? words.in(admin.language()).noticeDeleted() : notice;
    return render(page(notice), MediaQuery.of(q, missing, unused, page), pick, List.of(), 200);
  }

  /** What the page's script gets for one file: the new picture, or why it was refused. */
  public record Answer(Long id, String name, String href, String thumb, String message) {}

  /** One file sent by the page's script, which shows its progress; answered in JSON. */
  @POST
  @Path("upload")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadOne(@RestForm("file") FileUpload file) {
    AdminPage admin = page(null);
    String name = file == null ? "" : FileNames.clean(file.fileName());
    try {
      if (file == null) {
        throw new MediaRefusal(MediaRefusal.Reason.EMPTY);
      }
      MediaAsset asset = library.upload(admin.member(), file.fileName(), uploads.read(file));
      String thumb = library.thumb(asset.id);
      return Response.status(201)
          .entity(new Answer(asset.id, asset.fileName, "/admin/media/" + asset.id, thumb, null))
          .build();
    } catch (MediaRefusal refusal) {
      String message = words.refusal(admin.language(), refusal.reason());
      return Response.status(400).entity(new Answer(null, name, null, null, message)).build();
    }
  }

  /** The form's upload: every file taken in or refused on its own; back to the grid after. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@RestForm("file") List<FileUpload> files, @RestForm String lead) {
    AdminPage admin = page(null);
    List<Refused> refused = new ArrayList<>();
    List<MediaAsset> added = new ArrayList<>();
    for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
      try {
        added.add(library.upload(admin.member(), file.fileName(), uploads.read(file)));
      } catch (MediaRefusal refusal) {
        refused.add(
            new Refused(file.fileName(), words.refusal(admin.language(), refusal.reason())));
      }
    }
    if (files == null || files.isEmpty()) {
      refused.add(new Refused("", words.refusal(admin.language(), MediaRefusal.Reason.EMPTY)));
    }
    if (!refused.isEmpty()) {
      return render(admin, MediaQuery.of(null, null, null, null), lead, refused, 400);
    }
    if (lead != null && lead.matches("\\d{1,18}") && added.size() == 1) {
      leads.set(admin.member(), Long.parseLong(lead), added.get(0).id);
      return Response.seeOther(URI.create("/admin/media/" + added.get(0).id + "?article=" + lead))
          .build();
    }
    if (added.size() == 1) {
      return Response.seeOther(URI.create("/admin/media/" + added.get(0).id + "?done=uploaded"))
          .build();
    }
    return Response.seeOther(URI.create("/admin/media?done=uploaded&count=" + added.size()))
        .build();
  }

  /** Sets (or, without {@code media}, removes) the lead image of an article's story. */
  @POST
  @Path("lead")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response lead(@RestForm String article, @RestForm String media) {
    if (article == null || !article.matches("\\d{1,18}")) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    Long asset = media != null && media.matches("\\d{1,18}") ? Long.parseLong(media) : null;
    leads.set(page(null).member(), Long.parseLong(article), asset);
    return Response.seeOther(URI.create("/admin/articles/" + article + "?done=lead-image")).build();
  }

  private Response render(
      AdminPage admin, MediaQuery query, String pick, List<Refused> refused, int status) {
    Language ui = admin.language();
    var found = search.find(query, languages.all(), ui.code());
    LeadPick picking = leads.pick(admin.member(), pick).orElse(null);
    TemplateInstance page =
        Templates.library(admin, query, found, languages.all(), picking, refused, words.maxMb())
            .setLocale(ui.locale());
    return Response.status(status).entity(page).build();
  }

  private static int number(String count) {
    return count != null && count.matches("\\d{1,4}") ? Integer.parseInt(count) : 0;
  }

  private AdminPage page(String notice) {
    return shell.page(AdminShell.member(identity), notice);
  }
}
