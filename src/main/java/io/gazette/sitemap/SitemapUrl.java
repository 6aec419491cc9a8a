package io.gazette.sitemap;

import java.time.Instant;
import java.util.Map;

/**
 * One page as a sitemap lists it.
 *
 * @param path its path on the site
 * @param lastmod when what it shows last changed
 * @param hreflangs its versions, language code (or {@code x-default}) to path, as its head links
 *     them
 */
public record SitemapUrl(String path, Instant lastmod, Map<String, String> hreflangs) {}
