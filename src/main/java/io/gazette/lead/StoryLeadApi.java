package io.gazette.lead;

import io.gazette.account.TokenApi;
import io.gazette.admin.AdminShell;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A story's lead image for newsroom apps: {@code PUT /api/admin/v1/stories/{id}/lead-image}. */
@Path("/api/admin/v1/stories/{storyId}/lead-image")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "editor", "author"})
@SecurityRequirement(name = TokenApi.BEARER)
@Tag(name = "Media")
public class StoryLeadApi {

  private final LeadImages leads;
  private final SecurityIdentity identity;

  StoryLeadApi(LeadImages leads, SecurityIdentity identity) {
    this.leads = leads;
    this.identity = identity;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setLeadImage",
      summary = "Lead the story with a picture of the library, or with none (mediaId null)")
  @APIResponse(responseCode = "204", description = "Set; the story's pages show it at once.")
  @APIResponse(responseCode = "403", description = "The account may not edit this story.")
  @APIResponse(responseCode = "404", description = "No such story or picture.")
  public Response set(@PathParam("storyId") long id, LeadImageJson body) {
    try {
      leads.setForStory(AdminShell.member(identity), id, body == null ? null : body.mediaId());
    } catch (NotFoundException missing) {
      throw new ProblemException(Problem.of(ProblemType.NOT_FOUND, "No such story or picture."));
    }
    return Response.noContent().build();
  }
}
