package io.gazette.breaking;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A story's breaking state, as the admin API answers it.
 *
 * @param storyId the story
 * @param until until when it is breaking; null when it is not
 * @param articles its published versions, which apps and webhooks are told about
 */
@Schema(name = "AdminBreaking")
public record AdminBreakingJson(
    @Schema(example = "17") long storyId,
    @Schema(example = "2024-05-07T14:00:00Z") Instant until,
    List<BreakingJson> articles) {

  static AdminBreakingJson of(BreakingService.State state, String base) {
    return new AdminBreakingJson(
        state.storyId(),
        state.until(),
        state.articles().stream().map(news -> BreakingJson.of(news, base)).toList());
  }
}
