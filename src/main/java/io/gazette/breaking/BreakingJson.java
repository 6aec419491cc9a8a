package io.gazette.breaking;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A breaking news alert for the app: one published article of a breaking story.
 *
 * @param id the article
 * @param storyId its story
 * @param lang its language
 * @param title its headline
 * @param url its reader page, absolute
 * @param until until when the story is breaking
 */
@Schema(name = "Breaking", description = "A published article of a story that is breaking news.")
public record BreakingJson(
    @Schema(example = "42") long id,
    @Schema(example = "17") long storyId,
    @Schema(example = "fr") String lang,
    @Schema(example = "Le port est fermé") String title,
    @Schema(example = "https://news.example.mu/fr/le-port-est-ferme") String url,
    @Schema(example = "2024-05-07T14:00:00Z") Instant until) {

  static BreakingJson of(BreakingNews news, String base) {
    return new BreakingJson(
        news.id(), news.storyId(), news.lang(), news.title(), base + news.path(), news.until());
  }
}
