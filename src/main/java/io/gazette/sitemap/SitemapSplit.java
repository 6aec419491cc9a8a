package io.gazette.sitemap;

import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How a language's URLs are shared out over sitemap files: at most 50,000 URLs (or the configured
 * number) and 50 MB a file, as the sitemap protocol allows. The byte limit is kept by counting
 * URLs, so that a file's number alone says which URLs it holds: each counts as the longest entry it
 * could be (200-character slugs, every language an alternate).
 */
@ApplicationScoped
public class SitemapSplit {

  static final int MAX_URLS = 50_000;
  static final long MAX_BYTES = 52_428_800;
  // The XML declaration, the urlset element with its namespaces and its end.
  private static final int ENVELOPE = 400;
  private static final int LONGEST_PATH = 1 + 35 + 1 + 200;

  private final int urlsPerFile;
  private final long maxBytes;

  @Inject
  SitemapSplit(GazetteConfig config) {
    this(config.sitemaps().urlsPerFile(), MAX_BYTES);
  }

  SitemapSplit(int urlsPerFile, long maxBytes) {
    this.urlsPerFile = Math.min(urlsPerFile, MAX_URLS);
    this.maxBytes = maxBytes;
  }

  /** URLs per file on a site of {@code languages} languages whose base URL is this long. */
  public int perFile(int languages, int baseLength) {
    long longest = longestEntry(languages, baseLength);
    return (int) Math.max(1, Math.min(urlsPerFile, (maxBytes - ENVELOPE) / longest));
  }

  /** How many files {@code count} URLs take, none for none. */
  public static int files(long count, int perFile) {
    return (int) ((count + perFile - 1) / perFile);
  }

  /** How many URLs come before file {@code file} (from 1). */
  public static long offset(int file, int perFile) {
    return (long) (file - 1) * perFile;
  }

  /** An entry's most bytes: loc, lastmod, an alternate per language and x-default. */
  static long longestEntry(int languages, int baseLength) {
    long url = baseLength + LONGEST_PATH;
    long alternate = "<xhtml:link rel=\"alternate\" hreflang=\"\" href=\"\"/>".length() + 35 + url;
    long own = "<url><loc></loc><lastmod>2024-05-07T10:00:00Z</lastmod></url>".length() + url;
    return own + (languages + 1) * alternate;
  }
}
