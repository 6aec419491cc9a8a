package io.gazette.story;

import io.gazette.media.MediaPaths;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allowlist every article body passes before it is stored: structure and links, no script, and
 * pictures only in the media library's inline shape ({@code <figure data-media-id>} around an
 * {@code <img>} of a {@code /media/} address, with a {@code <figcaption>}).
 */
public final class BodySanitizer {

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeTags("colgroup", "col", "sub", "sup", "u", "dl", "dt", "dd")
          .removeAttributes("img", "align", "title")
          .addTags("figure", "figcaption", "hr", "s")
          .addAttributes("figure", "class", "data-media-id")
          .addAttributes("img", "srcset", "sizes", "loading")
          .removeProtocols("img", "src", "http", "https")
          .addAttributes("a", "rel")
          .addProtocols("a", "href", "http", "https", "mailto")
          .preserveRelativeLinks(false);

  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
  private static final Pattern CANDIDATE = Pattern.compile("(\\S+) (\\d{1,5})w");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private BodySanitizer() {}

  /** The body reduced to the allowed tags, attributes, link protocols and media addresses. */
  public static String sanitize(String html) {
    Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html == null ? "" : html));
    for (Element img : clean.select("img")) {
      // Only the library's own renditions: no tracking pixel, data: or foreign address.
      if (MediaPaths.parse(img.attr("src")).isEmpty()) {
        img.remove();
        continue;
      }
      digitsOnly(img, "width");
      digitsOnly(img, "height");
      if (img.hasAttr("srcset") && !mediaCandidates(img.attr("srcset"))) {
        img.removeAttr("srcset"); // the src alone still shows the picture
      }
      if (img.hasAttr("loading") && !img.attr("loading").matches("lazy|eager")) {
        img.removeAttr("loading");
      }
    }
    clean.select("figure[data-media-id]").forEach(figure -> digitsOnly(figure, "data-media-id"));
    clean.outputSettings(OUTPUT);
    return clean.body().html();
  }

  private static void digitsOnly(Element element, String attribute) {
    if (element.hasAttr(attribute) && !DIGITS.matcher(element.attr(attribute)).matches()) {
      element.removeAttr(attribute);
    }
  }

  /** Whether every candidate of a {@code srcset} is a media address with a width. */
  private static boolean mediaCandidates(String srcset) {
    for (String candidate : srcset.split(",")) {
      var matcher = CANDIDATE.matcher(candidate.strip());
      if (!matcher.matches() || MediaPaths.parse(matcher.group(1)).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
