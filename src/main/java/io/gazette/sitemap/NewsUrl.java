package io.gazette.sitemap;

import java.time.Instant;

/**
 * An article of the last two days as the Google News sitemap lists it.
 *
 * @param path its path on the site
 * @param title its headline
 * @param publishedAt when it was published
 */
public record NewsUrl(String path, String title, Instant publishedAt) {}
