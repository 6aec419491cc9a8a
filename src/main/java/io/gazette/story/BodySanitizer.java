package io.gazette.story;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** The allowlist every article body passes before it is stored: structure and links, no script. */
public final class BodySanitizer {

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeTags("img", "colgroup", "col", "sub", "sup", "u", "dl", "dt", "dd")
          .addTags("figure", "figcaption", "hr", "s")
          .addAttributes("a", "rel")
          .addProtocols("a", "href", "http", "https", "mailto")
          .preserveRelativeLinks(false);

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private BodySanitizer() {}

  /** The body reduced to the allowed tags, attributes and link protocols. */
  public static String sanitize(String html) {
    return Jsoup.clean(html == null ? "" : html, "", ALLOWED, OUTPUT);
  }
}
