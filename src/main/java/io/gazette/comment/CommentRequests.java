package io.gazette.comment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the comments {@link CommentApi} is sent, and words the refusals as problems. */
@ApplicationScoped
class CommentRequests {

  private final ObjectReader reader;

  CommentRequests(ObjectMapper json) {
    ObjectMapper strict = json.copy();
    // A number where a text is expected, or a text where an id is, is a mistake: say so.
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      strict.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
    }
    this.reader = strict.readerFor(CommentPostJson.class);
  }

  /**
   * The comment in a request body. The bytes are decoded here, not by the JSON parser, so that
   * bytes that are not UTF-8 become U+FFFD in the field they were sent in, and the refusal names
   * it.
   */
  CommentPostJson read(byte[] body) {
    String text = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
    try {
      CommentPostJson comment = reader.readValue(text);
      return comment == null ? new CommentPostJson(null, null, null, null) : comment;
    } catch (JsonProcessingException malformed) {
      // Answered as malformed JSON, naming the field when there is one, like framework-read bodies.
      throw new WebApplicationException(malformed, 400);
    }
  }

  /** The problem of a comment that was not stored. */
  static ProblemException refusal(CommentOutcome outcome) {
    if (outcome instanceof CommentOutcome.Invalid invalid) {
      List<Problem.FieldError> errors =
          invalid.errors().entrySet().stream()
              .map(error -> new Problem.FieldError(error.getKey(), error.getValue()))
              .toList();
      return new ProblemException(
          Problem.of(ProblemType.INVALID_FIELDS, "Some fields are not acceptable.")
              .withErrors(errors));
    }
    if (outcome instanceof CommentOutcome.Throttled throttled) {
      return new ProblemException(
          Problem.of(ProblemType.TOO_MANY_REQUESTS, "Too many comments lately; wait a while."),
          Response.status(429)
              .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds())));
    }
    if (outcome instanceof CommentOutcome.Closed) {
      return new ProblemException(
          Problem.of(ProblemType.COMMENTS_CLOSED, "This article takes no more comments."));
    }
    if (outcome instanceof CommentOutcome.Duplicate) {
      return new ProblemException(
          Problem.of(ProblemType.DUPLICATE_COMMENT, "This comment was already sent here."));
    }
    return notFound();
  }

  /** No published article has the id of the request. */
  static ProblemException notFound() {
    return new ProblemException(
        Problem.of(ProblemType.NOT_FOUND, "No published article has this id."));
  }
}
