package io.gazette.webhook;

import io.gazette.account.TokenApi;
import io.gazette.admin.AdminShell;
import io.gazette.api.ListEnvelope;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhooks for administrators, {@code /api/admin/v1/webhooks}: each registered URL receives a
 * signed JSON post on breaking news (and, if asked, on every publication).
 */
@Path("/api/admin/v1/webhooks")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = TokenApi.BEARER)
@Tag(
    name = "Webhooks",
    description =
        "POSTs of {event, id, storyId, lang, title, url, at} signed in X-Gazette-Signature:"
            + " sha256=<hex HMAC-SHA256 of the body with the secret>; retried with backoff.")
public class WebhookAdminApi {

  private final WebhookRegistry registry;
  private final SecurityIdentity identity;
  @Context UriInfo uri;

  WebhookAdminApi(WebhookRegistry registry, SecurityIdentity identity) {
    this.registry = registry;
    this.identity = identity;
  }

  @GET
  @Operation(
      operationId = "listWebhooks",
      summary = "The registered webhooks, with their delivery counts; never the secrets")
  @APIResponse(responseCode = "200", description = "Every webhook.")
  public ListEnvelope<WebhookJson> list() {
    List<WebhookJson> hooks = registry.list();
    return ListEnvelope.of(hooks, 1, Math.max(1, hooks.size()), hooks.size());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "registerWebhook", summary = "Register a webhook")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = WebhookWriteJson.class),
              examples = @ExampleObject(name = "webhook", value = WebhookWriteJson.EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names it. The secret is not shown again.",
      content = @Content(schema = @Schema(implementation = WebhookJson.class)))
  @APIResponse(responseCode = "400", description = "Fields not acceptable, each named.")
  public RestResponse<WebhookJson> register(WebhookWriteJson body) {
    if (body == null) {
      throw new ProblemException(Problem.of(ProblemType.BAD_REQUEST, "Send a JSON body."));
    }
    String actor = AdminShell.member(identity).username();
    WebhookRegistry.Outcome outcome = registry.register(actor, body);
    if (outcome instanceof WebhookRegistry.Outcome.Registered done) {
      var location = uri.getBaseUriBuilder().path("/api/admin/v1/webhooks/" + done.hook().id());
      return RestResponse.ResponseBuilder.<WebhookJson>created(location.build())
          .entity(done.hook())
          .build();
    }
    throw invalid((WebhookRegistry.Outcome.Invalid) outcome);
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteWebhook", summary = "Remove a webhook and its pending deliveries")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response delete(@PathParam("id") long id) {
    if (!registry.delete(AdminShell.member(identity).username(), id)) {
      throw new ProblemException(Problem.of(ProblemType.NOT_FOUND, "No webhook has this id."));
    }
    return Response.noContent().build();
  }

  private static ProblemException invalid(WebhookRegistry.Outcome.Invalid invalid) {
    List<Problem.FieldError> errors =
        invalid.errors().entrySet().stream()
            .map(e -> new Problem.FieldError(e.getKey(), e.getValue()))
            .toList();
    return new ProblemException(
        Problem.of(
                ProblemType.INVALID_FIELDS,
                "url must be http or https without credentials and reach a public address"
                    + " (private-address: an internal one, see gazette.webhooks.allow-private),"
                    + " secret 16 to 200 characters, events among "
                    + WebhookEvent.NAMES
                    + ".")
            .withErrors(errors));
  }
}
