package io.gazette.library;

import io.gazette.account.TokenApi;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.gazette.i18n.Languages;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaRefusal;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The media library for newsroom apps, {@code /api/admin/v1/media}: upload, read, edit, delete. */
@Path("/api/admin/v1/media")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "editor", "author"})
@SecurityRequirement(name = TokenApi.BEARER)
@Tag(name = "Media", description = "Pictures with alt text, caption and credit per language.")
public class MediaAdminApi {

  private final MediaLibrary library;
  private final MediaUsage usage;
  private final Uploads uploads;
  private final Languages languages;
  private final SecurityIdentity identity;
  @Context UriInfo uri;

  MediaAdminApi(
      MediaLibrary library,
      MediaUsage usage,
      Uploads uploads,
      Languages languages,
      SecurityIdentity identity) {
    this.library = library;
    this.usage = usage;
    this.uploads = uploads;
    this.languages = languages;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "uploadMedia",
      summary = "Add a picture: its renditions are made before the answer")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = MediaUploadForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names it.",
      content = @Content(schema = @Schema(implementation = AdminMediaJson.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Not a JPEG, PNG, WebP or GIF picture (the bytes decide), SVG, damaged, too"
              + " many pixels or empty: media-refused, the reason in detail.")
  @APIResponse(responseCode = "413", description = "Larger than gazette.media.max-size.")
  public RestResponse<AdminMediaJson> upload(@RestForm("file") FileUpload file) {
    try {
      MediaAsset asset =
          library.upload(member(), file == null ? null : file.fileName(), uploads.read(file));
      var location = uri.getBaseUriBuilder().path("/api/admin/v1/media/" + asset.id).build();
      return RestResponse.ResponseBuilder.<AdminMediaJson>created(location)
          .entity(json(asset))
          .build();
    } catch (MediaRefusal refusal) {
      throw refused(refusal.reason());
    }
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getMedia", summary = "One picture with its texts, renditions and uses")
  @APIResponse(responseCode = "200", description = "The picture.")
  @APIResponse(responseCode = "404", description = "No picture has this id.")
  public AdminMediaJson get(@PathParam("id") long id) {
    return json(found(id));
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateMediaTexts", summary = "Change the texts of some languages")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = MediaPatchJson.class),
              examples = @ExampleObject(name = "texts", value = MediaPatchJson.EXAMPLE)))
  @APIResponse(responseCode = "200", description = "Saved; the picture as it is now.")
  @APIResponse(responseCode = "400", description = "Unknown language or a text too long, named.")
  @APIResponse(responseCode = "409", description = "Changed since that version: version-mismatch.")
  public AdminMediaJson patch(@PathParam("id") long id, MediaPatchJson body) {
    if (body == null || body.version() == null || body.texts() == null) {
      throw new ProblemException(Problem.of(ProblemType.BAD_REQUEST, "Send {version, texts}."));
    }
    found(id);
    List<TextsInput> texts = texts(body);
    try {
      library.saveTexts(member(), id, body.version(), texts);
    } catch (StaleMedia stale) {
      throw new ProblemException(
          Problem.of(
              ProblemType.VERSION_MISMATCH,
              "The picture changed since version " + body.version() + "; read it again."));
    }
    return json(found(id));
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteMedia", summary = "Delete a picture no story uses")
  @APIResponse(responseCode = "204", description = "Deleted, with all its files.")
  @APIResponse(responseCode = "404", description = "No picture has this id.")
  @APIResponse(responseCode = "409", description = "Used by stories: media-in-use, listed.")
  public Response delete(@PathParam("id") long id) {
    found(id);
    try {
      library.delete(member(), id);
    } catch (MediaInUse used) {
      throw new ProblemException(
          Problem.of(
              ProblemType.MEDIA_IN_USE,
              "Used by " + used.uses().size() + " story versions: take it out of them first."));
    }
    return Response.noContent().build();
  }

  private List<TextsInput> texts(MediaPatchJson body) {
    List<TextsInput> texts = new ArrayList<>();
    List<Problem.FieldError> errors = new ArrayList<>();
    body.texts()
        .forEach(
            (lang, text) -> {
              TextsInput input =
                  text == null
                      ? new TextsInput(lang, "", "", "")
                      : new TextsInput(lang, text.alt(), text.caption(), text.credit()).cleaned();
              if (languages.find(lang).isEmpty()) {
                errors.add(new Problem.FieldError("texts." + lang, "unknown-language"));
              } else if (input.tooLong() != null) {
                errors.add(
                    new Problem.FieldError("texts." + lang + "." + input.tooLong(), "too-long"));
              }
              texts.add(input);
            });
    if (!errors.isEmpty()) {
      throw new ProblemException(
          Problem.of(
                  ProblemType.INVALID_FIELDS,
                  "Languages must be the site's; alt up to 500 characters, caption 1000, credit 300.")
              .withErrors(errors));
    }
    return texts;
  }

  private MediaAsset found(long id) {
    try {
      return library.get(id);
    } catch (jakarta.ws.rs.NotFoundException none) {
      throw new ProblemException(Problem.of(ProblemType.NOT_FOUND, "No picture has this id."));
    }
  }

  private AdminMediaJson json(MediaAsset asset) {
    var renditions = library.renditions(asset.id);
    return AdminMediaJson.of(asset, renditions, usage.of(asset.id), uri.getBaseUri());
  }

  static ProblemException refused(MediaRefusal.Reason reason) {
    String code = reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    ProblemType type =
        reason == MediaRefusal.Reason.TOO_LARGE
            ? ProblemType.PAYLOAD_TOO_LARGE
            : ProblemType.MEDIA_REFUSED;
    return new ProblemException(Problem.of(type, "Refused: " + code + "."));
  }

  private SignedIn member() {
    return AdminShell.member(identity);
  }
}
