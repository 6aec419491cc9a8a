package io.gazette.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The JSON body a hook receives.
 *
 * @param event {@code breaking} or {@code publish}
 * @param id the article
 * @param storyId its story
 * @param lang its language
 * @param title its headline
 * @param url its reader page
 * @param at when the event happened
 * @param until for breaking news: until when the story is breaking
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEvent(
    String event,
    long id,
    long storyId,
    String lang,
    String title,
    String url,
    Instant at,
    Instant until) {

  /** The event names a hook may subscribe to. */
  public static final java.util.List<String> NAMES = java.util.List.of("breaking", "publish");
}
