package io.gazette.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.gazette.media.MediaImage;
import io.gazette.media.Rendition;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Writes a feed as an RSS 2.0 or Atom 1.0 document through Rome's feed model. */
final class FeedWriter {

  private static final Namespace ATOM =
      Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

  private FeedWriter() {}

  /**
   * The document of {@code content} in {@code format}, titled {@code title} in language {@code
   * lang}, every link absolute under {@code base}.
   */
  static String write(
      FeedContent content, FeedFormat format, String title, String lang, String base) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(format.romeType);
    feed.setEncoding("UTF-8");
    feed.setTitle(title);
    feed.setDescription(title);
    feed.setLanguage(lang);
    feed.setLink(base + content.path());
    String self = base + format.path(content.path());
    feed.setUri(self);
    feed.setLinks(
        List.of(link("alternate", "text/html", base + content.path()), selfLink(format, self)));
    feed.setPublishedDate(Date.from(newest(content)));
    if (format == FeedFormat.RSS) {
      // RSS 2.0 has no self link of its own: the Atom namespace's, as the RSS Advisory Board asks.
      feed.setForeignMarkup(new ArrayList<>(List.of(rssSelf(self, format))));
    }
    feed.setEntries(content.items().stream().map(item -> entry(item, base)).toList());
    return output(feed, lang);
  }

  private static SyndEntry entry(FeedItem item, String base) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(item.title());
    entry.setLink(base + item.path());
    entry.setUri(base + item.path());
    entry.setAuthor(item.author());
    entry.setPublishedDate(Date.from(item.publishedAt()));
    entry.setUpdatedDate(Date.from(item.updatedAt()));
    if (item.standfirst() != null && !item.standfirst().isBlank()) {
      var summary = new SyndContentImpl();
      summary.setType("text/plain");
      summary.setValue(item.standfirst());
      entry.setDescription(summary);
    }
    entry.setCategories(item.categories().stream().map(FeedWriter::category).toList());
    if (item.image() != null) {
      entry.getModules().add(picture(item.image(), base));
    }
    return entry;
  }

  /** The lead picture as Media RSS {@code media:content}, in the rendition pages show. */
  private static MediaEntryModuleImpl picture(MediaImage image, String base) {
    Rendition shown = image.atLeast(image.width());
    var content = new MediaContent(new UrlReference(URI.create(base + shown.url())));
    content.setType(shown.kind().mediaType());
    content.setMedium("image");
    content.setWidth(shown.width());
    content.setHeight(shown.height());
    var module = new MediaEntryModuleImpl();
    module.setMediaContents(new MediaContent[] {content});
    return module;
  }

  private static SyndCategory category(String name) {
    SyndCategory category = new SyndCategoryImpl();
    category.setName(name);
    return category;
  }

  private static SyndLink selfLink(FeedFormat format, String href) {
    return link("self", format.type, href);
  }

  private static SyndLink link(String rel, String type, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static Element rssSelf(String href, FeedFormat format) {
    return new Element("link", ATOM)
        .setAttribute("href", href)
        .setAttribute("rel", "self")
        .setAttribute("type", format.type);
  }

  /** When the feed last changed: its newest item's date (an empty feed is new). */
  private static Instant newest(FeedContent content) {
    return content.items().stream()
        .map(FeedItem::updatedAt)
        .max(Comparator.naturalOrder())
        .orElseGet(Instant::now);
  }

  /** The document, its Atom root marked with {@code xml:lang}, which Rome does not write. */
  private static String output(SyndFeed feed, String lang) {
    try {
      Document document = new WireFeedOutput().outputJDom(feed.createWireFeed());
      if (FeedFormat.ATOM.romeType.equals(feed.getFeedType())) {
        document.getRootElement().setAttribute("lang", lang, Namespace.XML_NAMESPACE);
      }
      return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome refused a feed it was given: " + e.getMessage(), e);
    }
  }
}
