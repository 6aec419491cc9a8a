package io.gazette.comment;

import io.gazette.api.ApiCached;
import io.gazette.api.ListEnvelope;
import io.gazette.api.PageParams;
import io.gazette.api.Paging;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Readers' comments for the app, {@code /api/v1/articles/{id}/comments}: the approved ones to read,
 * and new ones sent for moderation with the same checks and defences as the article page's form.
 * Anonymous like that form: no session, so no CSRF token either.
 */
@Path("/api/v1/articles/{id}/comments")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Read an article's approved comments; send a new one.")
public class CommentApi {

  private static final String ARTICLE = "A published article's id.";

  private final CommentService comments;
  private final PublicComments approved;
  private final CommentRequests requests;

  CommentApi(CommentService comments, PublicComments approved, CommentRequests requests) {
    this.comments = comments;
    this.approved = approved;
    this.requests = requests;
  }

  @GET
  @ApiCached
  @Extension(name = ApiCached.OPENAPI_MARK, value = "true")
  @Operation(
      operationId = "listComments",
      summary = "The article's approved comments, oldest first; never an email")
  @APIResponse(responseCode = "200", description = "One page of the comments.")
  @APIResponse(responseCode = "400", description = "page or size not acceptable; it is named.")
  @APIResponse(responseCode = "404", description = "No published article has this id.")
  public ListEnvelope<CommentJson> list(
      @Parameter(description = ARTICLE, example = "42") @PathParam("id") long id,
      @BeanParam PageParams pages) {
    Paging paging = pages.paging();
    var views = approved.of(id).orElseThrow(CommentRequests::notFound);
    return paging.slice(views.stream().map(CommentJson::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "postComment",
      summary = "Send a comment; it is shown once a moderator approves it")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommentPostJson.class),
              examples = {
                @ExampleObject(name = "comment", value = CommentPostJson.EXAMPLE),
                @ExampleObject(name = "reply", value = CommentPostJson.REPLY_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "202",
      description = "Taken; awaiting moderation unless the status says approved.",
      content =
          @Content(
              schema = @Schema(implementation = CommentAcceptedJson.class),
              examples =
                  @ExampleObject(
                      name = "pending",
                      value = "{\"id\": 318, \"status\": \"pending\"}")))
  @APIResponse(responseCode = "400", description = "Fields not acceptable, each named.")
  @APIResponse(responseCode = "404", description = "No published article has this id.")
  @APIResponse(responseCode = "409", description = "Comments closed, or the same comment again.")
  @APIResponse(
      responseCode = "429",
      description = "Too many comments from this client or email lately.",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait.",
              schema = @Schema(type = SchemaType.INTEGER)))
  public RestResponse<CommentAcceptedJson> post(
      @Parameter(description = ARTICLE, example = "42") @PathParam("id") long id,
      byte[] body,
      @Context HttpServerRequest request) {
    CommentPostJson comment = requests.read(body);
    CommentOutcome outcome = comments.post(comment.submission(id), request.remoteAddress().host());
    if (outcome instanceof CommentOutcome.Accepted accepted) {
      return RestResponse.accepted(CommentAcceptedJson.of(accepted));
    }
    throw CommentRequests.refusal(outcome);
  }
}
