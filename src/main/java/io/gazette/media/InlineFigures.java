package io.gazette.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pictures inside bodies, {@code <figure data-media-id="12">}: each is written again from the
 * library, in the body's language (renditions, size, alt text, caption and credit), whatever the
 * editor or an older version left in it. A figure whose picture is gone is removed.
 */
@ApplicationScoped
public class InlineFigures {

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private final MediaImages images;

  InlineFigures(MediaImages images) {
    this.images = images;
  }

  /** The body with every library figure written again for {@code lang}. */
  public String normalize(String bodyHtml, String lang) {
    if (bodyHtml == null || !bodyHtml.contains(MediaPaths.PREFIX)) {
      return bodyHtml;
    }
    Document body = Jsoup.parseBodyFragment(bodyHtml);
    body.outputSettings(OUTPUT);
    named(body);
    for (Element figure : body.select("figure[data-media-id]")) {
      Optional<MediaImage> image = id(figure).flatMap(id -> images.one(id, lang));
      if (image.isPresent()) {
        figure.replaceWith(Jsoup.parseBodyFragment(html(image.get())).body().child(0));
      } else {
        figure.remove();
      }
    }
    return body.body().html();
  }

  /** A picture as a body shows it: lazily loaded, sized, with its caption and credit. */
  public static String html(MediaImage image) {
    Element figure = new Element("figure").addClass("inline-image");
    figure.attr("data-media-id", Long.toString(image.id()));
    figure
        .appendElement("img")
        .attr("src", image.url())
        .attr("srcset", image.srcset())
        .attr("sizes", "(min-width: 48rem) 42rem, 100vw")
        .attr("width", Integer.toString(image.width()))
        .attr("height", Integer.toString(image.height()))
        .attr("alt", image.alt())
        .attr("loading", "lazy");
    if (!image.caption().isEmpty() || !image.credit().isEmpty()) {
      Element caption = figure.appendElement("figcaption").text(image.caption());
      if (!image.credit().isEmpty()) {
        caption.appendText(image.caption().isEmpty() ? "" : " ");
        caption.appendElement("span").addClass("credit").text(image.credit());
      }
    }
    return figure.outerHtml();
  }

  /**
   * Names the picture of each library image the editor left without its figure's id (Trix keeps the
   * image and its caption but not the attribute), from the rendition its address names.
   */
  private static void named(Document body) {
    for (Element img : body.select("img[src^=" + MediaPaths.PREFIX + "]")) {
      Element figure = img.closest("figure");
      if (figure != null && figure.hasAttr("data-media-id")) {
        continue;
      }
      var rendition =
          MediaPaths.parse(img.attr("src")).flatMap(n -> MediaFile.findRendition(n.hash()));
      if (rendition.isEmpty()) {
        continue;
      }
      Element named = figure != null ? figure : img;
      named.replaceWith(
          new Element("figure").attr("data-media-id", Long.toString(rendition.get().assetId)));
    }
  }

  private static Optional<Long> id(Element figure) {
    String id = figure.attr("data-media-id");
    return id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
  }
}
