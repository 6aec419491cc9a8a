package io.gazette.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Ends a JSON API request with a problem; thrown by the API surfaces, answered as it is. */
public class ProblemException extends WebApplicationException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    this(problem, Response.status(problem.status()));
  }

  /** With extra headers already set on {@code response}, such as {@code Retry-After}. */
  public ProblemException(Problem problem, Response.ResponseBuilder response) {
    super(problem.detail(), response.type(Problem.MEDIA_TYPE).entity(problem).build());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /** A 400 naming a query parameter or header that is not acceptable. */
  public static ProblemException invalidParameter(String name, String code, String detail) {
    return new ProblemException(
        Problem.of(ProblemType.INVALID_PARAMETER, detail)
            .withErrors(java.util.List.of(new Problem.FieldError(name, code))));
  }
}
