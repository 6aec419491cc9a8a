package io.gazette.revision;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved revision of an article, without its text. */
@Schema(name = "AdminRevision")
public record AdminRevisionJson(
    @Schema(example = "3") int number,
    String title,
    @Schema(example = "jdupont") String savedBy,
    Instant savedAt) {

  public static AdminRevisionJson of(RevisionService.Summary revision) {
    return new AdminRevisionJson(
        revision.number(), revision.title(), revision.savedBy(), revision.savedAt());
  }
}
