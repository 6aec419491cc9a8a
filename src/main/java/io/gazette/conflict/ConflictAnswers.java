package io.gazette.conflict;

import io.gazette.admin.AdminErrorPages;
import io.gazette.api.ApiProblems;
import io.gazette.web.ErrorPages;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where a request that lost a race with another transaction is answered: on {@code
 * /api/} as problem+json (409 {@code conflict}, or 412 {@code version-mismatch} when it carried
 * If-Match), on {@code /admin} with the newsroom's conflict page, elsewhere with the reader's 409
 * page. Logged as one WARN line, never a trace; the transaction was rolled back whole. Mapped here
 * are the types such a race surfaces as: the database's exception at a flush, and its wrappers at
 * commit. Anything else of these types is a failure, answered as {@link ErrorPages} answers one.
 */
public class ConflictAnswers {

  private static final Logger LOG = Logger.getLogger(ConflictAnswers.class);

  private final ErrorPages errors;
  private final AdminErrorPages admin;

  ConflictAnswers(ErrorPages errors, AdminErrorPages admin) {
    this.errors = errors;
    this.admin = admin;
  }

  /** A flush that hit a unique key, a changed row or a lock: {@code ConstraintViolation...}. */
  @ServerExceptionMapper
  public Response flushed(
      PersistenceException failure, UriInfo uri, HttpHeaders headers, Request request) {
    return answer(failure, uri, headers, request);
  }

  /** A commit refused by the transaction manager, as the transaction interceptor throws it. */
  @ServerExceptionMapper
  public Response rolledBack(
      RollbackException failure, UriInfo uri, HttpHeaders headers, Request request) {
    return answer(failure, uri, headers, request);
  }

  /** The same, through a bean whose method does not declare it. */
  @ServerExceptionMapper
  public Response undeclared(
      ArcUndeclaredThrowableException failure, UriInfo uri, HttpHeaders headers, Request request) {
    return answer(failure, uri, headers, request);
  }

  /** A commit refused under {@code QuarkusTransaction}. */
  @ServerExceptionMapper
  public Response committed(
      QuarkusTransactionException failure, UriInfo uri, HttpHeaders headers, Request request) {
    return answer(failure, uri, headers, request);
  }

  private Response answer(Exception failure, UriInfo uri, HttpHeaders headers, Request request) {
    Optional<DatabaseConflict> conflict = DatabaseConflict.in(failure);
    if (conflict.isEmpty()) {
      RuntimeException failed =
          failure instanceof RuntimeException runtime
              ? runtime
              : new IllegalStateException(failure);
      return errors.failed(failed, uri, headers);
    }
    Response answer = surface(uri, headers);
    LOG.warnf(
        "%s %s lost a race (%s %s, in %s): answered %d",
        request.getMethod(),
        printable(uri.getPath()),
        conflict.get().kind(),
        printable(conflict.get().what()),
        failure.getClass().getSimpleName(),
        answer.getStatus());
    return answer;
  }

  /** The conflict in the form of the surface the request was made to. */
  private Response surface(UriInfo uri, HttpHeaders headers) {
    String path = uri.getPath();
    if (ApiProblems.isApi(path)) {
      return ApiProblems.conflict(headers.getHeaderString(HttpHeaders.IF_MATCH) != null);
    }
    if (path.equals("/admin") || path.startsWith("/admin/")) {
      return admin.conflict();
    }
    return errors.conflict(uri, headers);
  }

  /** The text with control characters escaped, so that a path cannot forge a log line. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
