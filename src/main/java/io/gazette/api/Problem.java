package io.gazette.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer of the JSON API, {@code application/problem+json} (RFC 9457), with the extension
 * members some problems carry.
 *
 * @param type stable URI naming the kind of problem
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param instance the path of the request
 * @param currentVersion the stored version, when the request's version did not match it
 * @param errors the fields that are not acceptable and why
 * @param checks the editorial checks that stopped the operation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error, as application/problem+json (RFC 9457).")
public record Problem(
    @Schema(example = "https://gazette.example/problems/version-mismatch") String type,
    @Schema(example = "The version does not match the stored one") String title,
    @Schema(example = "412") int status,
    String detail,
    @Schema(example = "/api/admin/v1/articles/42") String instance,
    @Schema(description = "The stored version (version-mismatch only).") Integer currentVersion,
    @Schema(description = "Fields not acceptable (invalid-fields, invalid-parameter).")
        List<FieldError> errors,
    @Schema(description = "Checks that block publishing (publish-blocked).") List<Check> checks) {

  /** The media type of every problem. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field or parameter that is not acceptable.
   *
   * @param field the JSON field, query parameter or header
   * @param code why, e.g. {@code required}, {@code too-long}, {@code taken}
   */
  public record FieldError(String field, String code) {}

  /**
   * One check run before an operation.
   *
   * @param kind what was checked, e.g. {@code REPEATED_PARAGRAPH}
   * @param blocking whether it stops the operation unless overridden
   * @param detail the offending text, link or language
   */
  public record Check(String kind, boolean blocking, String detail) {}

  /** A problem of this type with this detail; the instance is filled in on the way out. */
  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null);
  }

  public Problem withCurrentVersion(int version) {
    return new Problem(type, title, status, detail, instance, version, errors, checks);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, currentVersion, fieldErrors, checks);
  }

  public Problem withChecks(List<Check> found) {
    return new Problem(type, title, status, detail, instance, currentVersion, errors, found);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, currentVersion, errors, checks);
  }
}
