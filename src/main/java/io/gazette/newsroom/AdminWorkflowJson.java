package io.gazette.newsroom;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Options of a workflow step ({@code publish}, {@code unpublish}, {@code submit}). */
@Schema(name = "AdminWorkflowStep")
public record AdminWorkflowJson(
    @Schema(description = "The version acted on; If-Match wins when both are sent.")
        Integer version,
    @Schema(
            description = "publish only: a future time schedules instead of publishing now.",
            example = "2030-05-07T06:00:00+04:00")
        OffsetDateTime at,
    @Schema(description = "publish only: publish despite blocking checks.", defaultValue = "false")
        Boolean override) {

  /** No options: the current version, now, without override. */
  static final AdminWorkflowJson NONE = new AdminWorkflowJson(null, null, null);

  static final String EXAMPLE = "{\"at\": \"2030-05-07T06:00:00+04:00\", \"override\": false}";

  Instant instant() {
    return at == null ? null : at.toInstant();
  }

  boolean overriding() {
    return override != null && override;
  }
}
