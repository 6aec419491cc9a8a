package io.gazette.moderation;

import io.gazette.account.TokenApi;
import io.gazette.admin.AdminShell;
import io.gazette.admin.SignedIn;
import io.gazette.api.ListEnvelope;
import io.gazette.api.PageParams;
import io.gazette.api.Paging;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.gazette.comment.CommentStatus;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The moderation queue as JSON, {@code /api/admin/v1/comments}: the same service and roles as the
 * queue in the admin UI. Actions take no body.
 */
@Path("/api/admin/v1/comments")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "editor", "moderator"})
@SecurityRequirement(name = TokenApi.BEARER)
@Tag(name = "Moderation", description = "Readers' comments with emails: approve, spam, trash.")
public class ModerationApi {

  private final ModerationService moderation;
  private final ModerationApiSupport support;
  private final SecurityIdentity identity;

  ModerationApi(
      ModerationService moderation, ModerationApiSupport support, SecurityIdentity identity) {
    this.moderation = moderation;
    this.support = support;
    this.identity = identity;
  }

  @GET
  @Operation(
      operationId = "listAdminComments",
      summary = "One tab of the queue, newest first, with filters")
  @APIResponse(responseCode = "200", description = "One page of the tab.")
  @APIResponse(responseCode = "400", description = "A parameter is not acceptable; it is named.")
  public ListEnvelope<AdminCommentJson> list(
      @BeanParam PageParams pages,
      @Parameter(
              description = "The tab.",
              schema =
                  @Schema(
                      enumeration = {"pending", "approved", "spam", "trash"},
                      defaultValue = "pending"))
          @QueryParam("status")
          CommentStatus status,
      @Parameter(description = "Articles in this language only.", example = "fr")
          @QueryParam("lang")
          String lang,
      @Parameter(description = "This article only.", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("article")
          Long article,
      @Parameter(description = "Text in the name, email or comment.") @QueryParam("q") String q) {
    Paging paging = pages.paging();
    QueueFilter filter = support.filter(status, lang, article, q);
    var found = moderation.queue(filter, paging.page(), paging.size());
    return paging.envelope(
        found.items().stream().map(AdminCommentJson::of).toList(), found.total());
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getAdminComment", summary = "One comment")
  @APIResponse(responseCode = "200", description = "The comment.")
  public AdminCommentJson get(@PathParam("id") long id) {
    return found(id);
  }

  @POST
  @Path("{id}/approve")
  @Operation(operationId = "approveComment", summary = "Approve a comment: readers see it")
  @APIResponse(responseCode = "200", description = "Approved; the comment as it is now.")
  public AdminCommentJson approve(@PathParam("id") long id) {
    return move(id, CommentStatus.APPROVED);
  }

  @POST
  @Path("{id}/spam")
  @Operation(
      operationId = "markCommentSpam",
      summary = "File a comment as spam: readers no longer see it")
  @APIResponse(responseCode = "200", description = "Filed as spam; the comment as it is now.")
  public AdminCommentJson spam(@PathParam("id") long id) {
    return move(id, CommentStatus.SPAM);
  }

  @POST
  @Path("{id}/trash")
  @Operation(
      operationId = "trashComment",
      summary = "Move a comment to the trash: readers no longer see it")
  @APIResponse(responseCode = "200", description = "Trashed; the comment as it is now.")
  public AdminCommentJson trash(@PathParam("id") long id) {
    return move(id, CommentStatus.TRASH);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteComment",
      summary = "Delete a comment for good; its replies move up a level")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public Response delete(@PathParam("id") long id) {
    if (moderation.delete(List.of(id), member()) == 0) {
      throw notFound();
    }
    return Response.noContent().build();
  }

  private AdminCommentJson move(long id, CommentStatus status) {
    if (moderation.move(List.of(id), status, member()) == 0) {
      throw notFound();
    }
    return found(id);
  }

  private AdminCommentJson found(long id) {
    return moderation.find(id).map(AdminCommentJson::of).orElseThrow(ModerationApi::notFound);
  }

  private SignedIn member() {
    return AdminShell.member(identity);
  }

  private static ProblemException notFound() {
    return new ProblemException(Problem.of(ProblemType.NOT_FOUND, "No comment has this id."));
  }
}
