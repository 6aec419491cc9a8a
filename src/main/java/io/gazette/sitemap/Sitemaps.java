package io.gazette.sitemap;

import io.gazette.GazetteConfig;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The sitemap documents, each a stream: the index (its article files counted by one statement), a
 * language's article files (read in keyset batches while written), its pages and its news.
 */
@ApplicationScoped
class Sitemaps {

  private static final int BATCH = 500;

  private final SitemapArticles articles;
  private final SitemapListings listings;
  private final SitemapNews news;
  private final SitemapSplit split;
  private final Languages languages;
  private final String siteName;

  Sitemaps(
      SitemapArticles articles,
      SitemapListings listings,
      SitemapNews news,
      SitemapSplit split,
      Languages languages,
      GazetteConfig config) {
    this.articles = articles;
    this.listings = listings;
    this.news = news;
    this.split = split;
    this.languages = languages;
    this.siteName = config.siteName();
  }

  /** The index: each language's article files, pages files and news file when it has news. */
  StreamingOutput index(String base) {
    Map<String, Long> counts = articles.counts();
    int perFile = perFile(base);
    return out -> {
      try (var writer = SitemapWriter.index(out, base)) {
        for (Language language : languages.all()) {
          String lang = language.code();
          List<SitemapUrl> pages = listings.in(language);
          var lastmod = pages.get(0).lastmod(); // the home's: the language's newest change
          for (int n = 1; n <= SitemapSplit.files(counts.getOrDefault(lang, 0L), perFile); n++) {
            writer.sitemap(SitemapFile.articles(lang, n), lastmod);
          }
          for (int n = 1; n <= SitemapSplit.files(pages.size(), perFile); n++) {
            writer.sitemap(SitemapFile.pages(lang, n), lastmod);
          }
          var recent = news.in(lang);
          if (!recent.isEmpty()) {
            writer.sitemap(SitemapFile.news(lang), recent.get(0).publishedAt());
          }
        }
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
    };
  }

  /** Article file {@code n} of a language, if it has that many. */
  Optional<StreamingOutput> articles(Language language, int n, String base) {
    int perFile = perFile(base);
    long count = articles.counts().getOrDefault(language.code(), 0L);
    if (n < 1 || n > SitemapSplit.files(count, perFile)) {
      return Optional.empty();
    }
    long offset = SitemapSplit.offset(n, perFile);
    return Optional.of(out -> writeArticles(out, language.code(), offset, perFile, base));
  }

  private void writeArticles(OutputStream out, String lang, long offset, int perFile, String base)
      throws IOException {
    try (var writer = SitemapWriter.urls(out, base)) {
      long after = articles.idBefore(lang, offset);
      int left = perFile;
      while (left > 0) {
        var batch = articles.batch(lang, after, Math.min(BATCH, left));
        for (var entry : batch) {
          writer.url(entry.url());
        }
        left = batch.size() < Math.min(BATCH, left) ? 0 : left - batch.size();
        after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Pages file {@code n} of a language: its home, sections, tags and authors. */
  Optional<StreamingOutput> pages(Language language, int n, String base) {
    int perFile = perFile(base);
    List<SitemapUrl> pages = listings.in(language);
    if (n < 1 || n > SitemapSplit.files(pages.size(), perFile)) {
      return Optional.empty();
    }
    int from = (int) SitemapSplit.offset(n, perFile);
    var slice = pages.subList(from, Math.min(pages.size(), from + perFile));
    return Optional.of(
        out -> {
          try (var writer = SitemapWriter.urls(out, base)) {
            for (SitemapUrl url : slice) {
              writer.url(url);
            }
          } catch (XMLStreamException e) {
            throw new IOException(e);
          }
        });
  }

  /** The Google News file of a language, if it published anything in the last two days. */
  Optional<StreamingOutput> news(Language language, String base) {
    List<NewsUrl> recent = news.in(language.code());
    if (recent.isEmpty()) {
      return Optional.empty();
    }
    String code = NewsLanguage.of(language.locale());
    return Optional.of(
        out -> {
          try (var writer = SitemapWriter.news(out, base)) {
            for (NewsUrl url : recent) {
              writer.news(url, siteName, code);
            }
          } catch (XMLStreamException e) {
            throw new IOException(e);
          }
        });
  }

  private int perFile(String base) {
    return split.perFile(languages.all().size(), base.length());
  }
}
