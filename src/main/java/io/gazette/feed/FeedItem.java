package io.gazette.feed;

import io.gazette.media.MediaImage;
import java.time.Instant;
import java.util.List;

/**
 * One published article as a feed lists it.
 *
 * @param title the headline
 * @param path the article's path on the site
 * @param standfirst the summary, may be null
 * @param publishedAt when it was published
 * @param updatedAt when it last changed, never before {@code publishedAt}
 * @param author the byline's name
 * @param categories its section's and tags' names in the article's language
 * @param image its lead picture in that language, or null
 */
public record FeedItem(
    String title,
    String path,
    String standfirst,
    Instant publishedAt,
    Instant updatedAt,
    String author,
    List<String> categories,
    MediaImage image) {}
