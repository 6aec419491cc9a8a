package io.gazette.breaking;

import io.gazette.api.Problem;
import io.gazette.api.ProblemException;
import io.gazette.api.ProblemType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Marks a story as breaking news.
 *
 * @param until when the alert ends: an ISO 8601 time with its offset, in the future
 */
@Schema(name = "AdminBreakingWrite")
public record BreakingWriteJson(
    @Schema(required = true, format = "date-time", example = "2024-05-07T14:00:00Z") String until) {

  static final String EXAMPLE = "{\"until\": \"2024-05-07T14:00:00+04:00\"}";

  /** The end time, checked: a 400 naming {@code until} when missing, unreadable or past. */
  Instant instant() {
    if (until == null || until.isBlank()) {
      throw invalid("required");
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(until.strip()).toInstant();
    } catch (DateTimeParseException unreadable) {
      throw invalid("not-a-date-time");
    }
    if (!at.isAfter(Instant.now())) {
      throw invalid("not-in-future");
    }
    return at;
  }

  private static ProblemException invalid(String code) {
    return new ProblemException(
        Problem.of(
                ProblemType.INVALID_FIELDS,
                "until must be a future ISO 8601 date-time with offset, e.g. 2024-05-07T14:00:00Z.")
            .withErrors(List.of(new Problem.FieldError("until", code))));
  }
}
