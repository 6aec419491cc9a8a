package io.gazette.api;

import java.util.Arrays;

/**
 * The stable kinds of error the JSON API answers with, each with its own {@code type} URI (RFC
 * 9457), a short title and its HTTP status.
 */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "Bad request"),
  MALFORMED_JSON(400, "malformed-json", "Malformed JSON body"),
  INVALID_FIELDS(400, "invalid-fields", "Some fields are not acceptable"),
  INVALID_PARAMETER(400, "invalid-parameter", "A parameter is not acceptable"),
  MEDIA_REFUSED(400, "media-refused", "The file is not a picture the library takes"),
  UNAUTHORIZED(401, "unauthorized", "Authentication required"),
  INVALID_CREDENTIALS(401, "invalid-credentials", "Unknown username or wrong password"),
  FORBIDDEN(403, "forbidden", "Not allowed for this account"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
  CONFLICT(409, "conflict", "Conflict"),
  MEDIA_IN_USE(409, "media-in-use", "The picture is used by stories"),
  WRONG_STATE(409, "wrong-state", "Not possible in the article's current state"),
  PUBLISH_BLOCKED(409, "publish-blocked", "Publishing is blocked by editorial checks"),
  COMMENTS_CLOSED(409, "comments-closed", "Comments are closed on this article"),
  DUPLICATE_COMMENT(409, "duplicate-comment", "The same comment was already sent"),
  VERSION_MISMATCH(412, "version-mismatch", "The version does not match the stored one"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  PRECONDITION_REQUIRED(428, "precondition-required", "If-Match with the version is required"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
  SERVER_ERROR(500, "server-error", "Server error"),
  UNAVAILABLE(503, "unavailable", "Service unavailable");

  /** Where every problem type URI starts. */
  public static final String BASE = "https://gazette.example/problems/";

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The type URI, e.g. {@code https://gazette.example/problems/version-mismatch}. */
  public String uri() {
    return BASE + slug;
  }

  /** The general type of a status, or null when the API has none for it. */
  public static ProblemType forStatus(int status) {
    return Arrays.stream(values()).filter(t -> t.status == status).findFirst().orElse(null);
  }
}
