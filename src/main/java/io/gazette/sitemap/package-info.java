/**
 * What search engines crawl: robots.txt, the sitemap index, per-language and Google News sitemaps.
 */
package io.gazette.sitemap;
