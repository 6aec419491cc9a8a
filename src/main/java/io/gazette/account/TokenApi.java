package io.gazette.account;

import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Bearer tokens of the admin API: {@code POST /api/admin/v1/tokens} signs in with a username and
 * password (throttled like the sign-in form), {@code DELETE /api/admin/v1/tokens/current} revokes
 * the token presented. Tokens are read only from the Authorization header, never a query string.
 */
@Path("/api/admin/v1/tokens")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Sign in to the admin API and out of it.")
@SecurityScheme(
    securitySchemeName = TokenApi.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A token from POST /api/admin/v1/tokens, in 'Authorization: Bearer <token>'.")
public class TokenApi {

  /** The name of the bearer security scheme in the OpenAPI document. */
  public static final String BEARER = "bearer";

  private static final String CURRENT = "/api/admin/v1/tokens/current";

  /** Seconds a throttled client should wait, as the sign-in form says. */
  private static final String RETRY_AFTER = "300";

  private static final String SIGN_IN_EXAMPLE =
      "{\"username\": \"jdupont\", \"password\": \"correct horse battery\"}";

  /** The credentials a token is asked for with. */
  @Schema(name = "TokenRequest")
  public record Credentials(
      @Schema(required = true, example = "jdupont") String username,
      @Schema(required = true, example = "correct horse battery") String password) {}

  /** A new token, shown once: only its hash is stored. */
  @Schema(name = "Token")
  public record IssuedToken(
      @Schema(description = "Send as 'Authorization: Bearer <token>'.") String token,
      @Schema(
              description =
                  "When the token stops working, unless it is revoked before or left unused for"
                      + " longer than gazette.sign-in.api-idle-timeout (seven days by default).")
          Instant expiresAt) {}

  private final SessionService sessions;

  TokenApi(SessionService sessions) {
    this.sessions = sessions;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "issueToken", summary = "Sign in: get a bearer token")
  @RequestBody(
      required = true,
      content = @Content(examples = @ExampleObject(name = "sign-in", value = SIGN_IN_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Signed in; the token is shown only now.",
      content = @Content(schema = @Schema(implementation = IssuedToken.class)))
  @APIResponse(
      responseCode = "401",
      description = "Unknown username or wrong password (the same answer for both).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "429", description = "Too many failed attempts: see Retry-After.")
  public RestResponse<IssuedToken> issue(
      Credentials credentials, @Context HttpServerRequest request) {
    requireFields(credentials);
    // Read before the session opens, so that the expiry shown is never later than the real one.
    Instant expiresAt =
        Instant.now().plus(SessionService.API_LIFETIME).truncatedTo(ChronoUnit.SECONDS);
    var result =
        sessions.signIn(
            credentials.username(),
            credentials.password(),
            SessionKind.API,
            request.remoteAddress().host());
    return switch (result.outcome()) {
      case SIGNED_IN ->
          RestResponse.ResponseBuilder.<IssuedToken>created(URI.create(CURRENT))
              .entity(new IssuedToken(result.token(), expiresAt))
              .build();
      case THROTTLED ->
          throw new ProblemException(
              Problem.of(ProblemType.TOO_MANY_REQUESTS, "Too many failed sign-ins; wait a while."),
              Response.status(429).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER));
      case REFUSED ->
          throw new ProblemException(
              Problem.of(ProblemType.INVALID_CREDENTIALS, "Unknown username or wrong password."),
              Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    };
  }

  @DELETE
  @Path("current")
  @Authenticated
  @Operation(operationId = "revokeToken", summary = "Sign out: revoke the token of this request")
  @SecurityRequirement(name = BEARER)
  @APIResponse(responseCode = "204", description = "Revoked; the token no longer works.")
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    // The mechanism accepted this header's token, so it has the Bearer prefix.
    sessions.signOut(authorization.substring("Bearer ".length()).strip());
    return Response.noContent().build();
  }

  private static void requireFields(Credentials credentials) {
    List<Problem.FieldError> missing = new ArrayList<>();
    if (credentials == null || credentials.username() == null) {
      missing.add(new Problem.FieldError("username", "required"));
    }
    if (credentials == null || credentials.password() == null) {
      missing.add(new Problem.FieldError("password", "required"));
    }
    if (!missing.isEmpty()) {
      throw new ProblemException(
          Problem.of(ProblemType.INVALID_FIELDS, "Send a username and a password.")
              .withErrors(missing));
    }
  }
}
