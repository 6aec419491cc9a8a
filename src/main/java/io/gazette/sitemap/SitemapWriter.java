package io.gazette.sitemap;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes sitemap documents element by element (StAX): nothing but the current URL in memory. */
final class SitemapWriter implements AutoCloseable {

  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;
  private final String base;

  private SitemapWriter(OutputStream out, String base, String root, String prefix, String ns)
      throws XMLStreamException {
    this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    this.base = base;
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(SITEMAP);
    xml.writeStartElement("", root, SITEMAP);
    xml.writeDefaultNamespace(SITEMAP);
    if (prefix != null) {
      xml.setPrefix(prefix, ns);
      xml.writeNamespace(prefix, ns);
    }
  }

  /** A urlset whose URLs carry their hreflang versions. */
  static SitemapWriter urls(OutputStream out, String base) throws XMLStreamException {
    return new SitemapWriter(out, base, "urlset", "xhtml", XHTML);
  }

  /** A Google News urlset. */
  static SitemapWriter news(OutputStream out, String base) throws XMLStreamException {
    return new SitemapWriter(out, base, "urlset", "news", NEWS);
  }

  /** A sitemap index. */
  static SitemapWriter index(OutputStream out, String base) throws XMLStreamException {
    return new SitemapWriter(out, base, "sitemapindex", null, null);
  }

  void url(SitemapUrl url) throws XMLStreamException {
    xml.writeStartElement(SITEMAP, "url");
    text(SITEMAP, "loc", base + url.path());
    if (url.lastmod() != null) {
      text(SITEMAP, "lastmod", w3c(url.lastmod()));
    }
    for (Map.Entry<String, String> version : url.hreflangs().entrySet()) {
      xml.writeEmptyElement(XHTML, "link");
      xml.writeAttribute("rel", "alternate");
      xml.writeAttribute("hreflang", version.getKey());
      xml.writeAttribute("href", base + version.getValue());
    }
    xml.writeEndElement();
  }

  /** An article for Google News, under the publication's name and language. */
  void news(NewsUrl url, String publication, String language) throws XMLStreamException {
    xml.writeStartElement(SITEMAP, "url");
    text(SITEMAP, "loc", base + url.path());
    xml.writeStartElement(NEWS, "news");
    xml.writeStartElement(NEWS, "publication");
    text(NEWS, "name", publication);
    text(NEWS, "language", language);
    xml.writeEndElement();
    text(NEWS, "publication_date", w3c(url.publishedAt()));
    text(NEWS, "title", url.title());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** A sitemap file of the index. */
  void sitemap(String path, Instant lastmod) throws XMLStreamException {
    xml.writeStartElement(SITEMAP, "sitemap");
    text(SITEMAP, "loc", base + path);
    if (lastmod != null) {
      text(SITEMAP, "lastmod", w3c(lastmod));
    }
    xml.writeEndElement();
  }

  @Override
  public void close() throws XMLStreamException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private void text(String ns, String name, String value) throws XMLStreamException {
    xml.writeStartElement(ns, name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /** A W3C datetime, to the second, in UTC. */
  static String w3c(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
