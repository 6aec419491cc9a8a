package io.gazette.sitemap;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's sitemap file as its name says: {@code /sitemap-fr-articles-2.xml}, {@code
 * /sitemap-fr-pages-1.xml}, {@code /sitemap-fr-news.xml}. They sit at the root, beside {@code
 * /sitemap.xml}: a sitemap may only list URLs under its own folder.
 *
 * @param lang the language's code
 * @param part {@code articles}, {@code pages} or {@code news}
 * @param number the file's number from 1 (1 for news)
 */
record SitemapFile(String lang, String part, int number) {

  private static final Pattern NAME = Pattern.compile("(.+)-(?:(articles|pages)-(\\d{1,6})|news)");

  /** The file named {@code sitemap-<name>.xml}, if the name is one of a sitemap file. */
  static Optional<SitemapFile> parse(String name) {
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        matcher.group(2) == null
            ? new SitemapFile(matcher.group(1), "news", 1)
            : new SitemapFile(
                matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3))));
  }

  static String articles(String lang, int n) {
    return "/sitemap-" + lang + "-articles-" + n + ".xml";
  }

  static String pages(String lang, int n) {
    return "/sitemap-" + lang + "-pages-" + n + ".xml";
  }

  static String news(String lang) {
    return "/sitemap-" + lang + "-news.xml";
  }
}
