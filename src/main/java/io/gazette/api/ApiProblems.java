package io.gazette.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes every error under {@code /api/} an {@code application/problem+json} answer: problems the
 * API surfaces raise get the request path as their instance; any other 4xx or 5xx (refused
 * credentials, forbidden roles, unknown routes, wrong methods or media types, malformed JSON,
 * failures) is replaced by the problem of its status.
 */
public class ApiProblems {

  /** Where the versions of the API live; nothing else exists under {@code /api/}. */
  private static final List<String> VERSIONS = List.of("/api/v1/", "/api/admin/v1/");

  private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

  /**
   * Answers 404 at once for a path under {@code /api/} outside the API's versions, before a reader
   * route that starts with a language (say {@code /{lang}/{slug}}) could take it as a page.
   */
  @ServerRequestFilter(preMatching = true)
  public Response outsideVersions(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!isApi(path) || VERSIONS.stream().anyMatch(path::startsWith)) {
      return null;
    }
    return Response.status(404).type(PROBLEM).entity(general(404, null)).build();
  }

  @ServerResponseFilter
  public void asProblem(
      ContainerRequestContext request, ContainerResponseContext response, Throwable failure) {
    String path = request.getUriInfo().getPath();
    if (response.getStatus() < 400 || !isApi(path)) {
      return;
    }
    Problem problem =
        response.getEntity() instanceof Problem raised
            ? raised
            : general(response.getStatus(), failure);
    response.setEntity(problem.at(path), new Annotation[0], PROBLEM);
  }

  /**
   * A write that lost a race with another (see conflict/ConflictAnswers), nothing written: 412 when
   * the request named the version it was made from (If-Match), else 409.
   */
  public static Response conflict(boolean versioned) {
    Problem problem =
        versioned
            ? Problem.of(
                ProblemType.VERSION_MISMATCH,
                "Another change was saved at the same moment; nothing was written. Read the"
                    + " current version and try again.")
            : Problem.of(
                ProblemType.CONFLICT,
                "Another request changed the same data at the same moment; nothing was written."
                    + " Try again.");
    return Response.status(problem.status()).type(PROBLEM).entity(problem).build();
  }

  /** Whether a path belongs to the JSON API. */
  public static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static Problem general(int status, Throwable failure) {
    JsonProcessingException json = jsonFailure(failure);
    if (status == 400 && json != null) {
      return malformed(json);
    }
    ProblemType type = ProblemType.forStatus(status);
    if (type == null) {
      Response.Status known = Response.Status.fromStatusCode(status);
      String title = known == null ? "Error" : known.getReasonPhrase();
      return new Problem("about:blank", title, status, title + ".", null, null, null, null);
    }
    return Problem.of(type, detail(type));
  }

  /** A body that is not JSON, or whose values do not fit the fields they are given for. */
  private static Problem malformed(JsonProcessingException failure) {
    Problem problem =
        Problem.of(ProblemType.MALFORMED_JSON, "The request body is not the JSON expected.");
    if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(step -> step.getFieldName() != null ? step.getFieldName() : "" + step.getIndex())
              .filter(Objects::nonNull)
              .collect(Collectors.joining("."));
      return problem.withErrors(List.of(new Problem.FieldError(field, "wrong-type")));
    }
    return problem;
  }

  private static JsonProcessingException jsonFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        return json;
      }
    }
    return null;
  }

  private static String detail(ProblemType type) {
    return switch (type) {
      case UNAUTHORIZED -> "Send a valid bearer token in the Authorization header.";
      case FORBIDDEN -> "This account's role does not allow this request.";
      case NOT_FOUND -> "Nothing exists at this path.";
      case METHOD_NOT_ALLOWED -> "This path does not accept this method.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
      case NOT_ACCEPTABLE -> "This path answers in JSON only.";
      case SERVER_ERROR -> "The request could not be completed; it has been logged.";
      default -> type.title() + ".";
    };
  }
}
