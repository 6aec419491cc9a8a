package io.gazette.feed;

import java.util.List;

/**
 * What one feed holds.
 *
 * @param name the section's or tag's name in the feed's language, null for a language's feed
 * @param path the path of the page the feed follows ({@code /fr/}, {@code /fr/section/monde})
 * @param items its newest published articles, newest first
 */
public record FeedContent(String name, String path, List<FeedItem> items) {}
