package io.gazette.breaking;

import io.gazette.account.TokenApi;
import io.gazette.admin.AdminShell;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.gazette.web.Layout;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Marking stories as breaking news, {@code /api/admin/v1/stories/{storyId}/breaking} (editors). */
@Path("/api/admin/v1/stories/{storyId}/breaking")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "editor"})
@SecurityRequirement(name = TokenApi.BEARER)
@Tag(name = "Breaking news admin", description = "Mark a story as breaking until a time.")
public class BreakingAdminApi {

  private final BreakingService breaking;
  private final Layout layout;
  private final SecurityIdentity identity;
  @Context UriInfo uri;

  BreakingAdminApi(BreakingService breaking, Layout layout, SecurityIdentity identity) {
    this.breaking = breaking;
    this.layout = layout;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "markBreaking",
      summary = "Mark the story as breaking until a time",
      description =
          "Its published versions are pushed at once to the breaking news streams and to"
              + " webhooks (unless it was already breaking: then only the end moves); versions"
              + " published before the end are pushed when they go live.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = BreakingWriteJson.class),
              examples = @ExampleObject(name = "until", value = BreakingWriteJson.EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Marked; the story's state.",
      content = @Content(schema = @Schema(implementation = AdminBreakingJson.class)))
  @APIResponse(responseCode = "400", description = "until missing, unreadable or past.")
  @APIResponse(responseCode = "404", description = "No story has this id.")
  public AdminBreakingJson mark(@PathParam("storyId") long storyId, BreakingWriteJson body) {
    if (body == null) {
      throw new ProblemException(Problem.of(ProblemType.BAD_REQUEST, "Send a JSON body."));
    }
    var state = breaking.mark(AdminShell.member(identity), storyId, body.instant());
    return AdminBreakingJson.of(state, layout.baseUrl(uri));
  }

  @DELETE
  @Operation(operationId = "clearBreaking", summary = "End the story's alert now")
  @APIResponse(responseCode = "204", description = "No longer breaking.")
  @APIResponse(responseCode = "404", description = "No story has this id.")
  public Response clear(@PathParam("storyId") long storyId) {
    breaking.clear(AdminShell.member(identity), storyId);
    return Response.noContent().build();
  }
}
