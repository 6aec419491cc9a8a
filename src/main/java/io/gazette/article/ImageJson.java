package io.gazette.article;

import io.gazette.media.MediaImage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article's lead picture as the public API shows it, in the article's language.
 *
 * @param url the default rendition (about 960 px wide), absolute
 * @param width its width in pixels
 * @param height its height in pixels
 * @param alt the alt text in the article's language, empty when none is written
 * @param caption the caption in that language, empty when none is written
 * @param credit the credit in that language, empty when none is written
 * @param renditions every rendition, narrowest first, for {@code srcset}
 */
@Schema(name = "Image", description = "A picture, its texts in the article's language.")
public record ImageJson(
    @Schema(required = true, example = "https://news.example.mu/media/" + ImageJson.HASH + ".jpg")
        String url,
    @Schema(required = true, example = "960") int width,
    @Schema(required = true, example = "640") int height,
    @Schema(required = true, description = "Empty when none is written.", example = "Le port")
        String alt,
    @Schema(required = true, description = "Empty when none is written.") String caption,
    @Schema(required = true, description = "Empty when none is written.") String credit,
    @Schema(required = true) List<RenditionJson> renditions) {

  static final String HASH = "3f2a9c4e1b7d8a6f5e4d3c2b1a0f9e8d";

  /**
   * One size of the picture.
   *
   * @param url its address, absolute; it never changes meaning (named by its content's hash)
   * @param width its width in pixels
   * @param height its height in pixels
   */
  @Schema(name = "ImageRendition", description = "One size of a picture.")
  public record RenditionJson(
      @Schema(required = true, example = "https://news.example.mu/media/" + HASH + ".jpg")
          String url,
      @Schema(required = true, example = "320") int width,
      @Schema(required = true, example = "213") int height) {}

  /** The picture with its URLs made absolute by {@code base}, or null for no picture. */
  public static ImageJson of(MediaImage image, String base) {
    if (image == null) {
      return null;
    }
    return new ImageJson(
        base + image.url(),
        image.width(),
        image.height(),
        image.alt(),
        image.caption(),
        image.credit(),
        image.renditions().stream()
            .map(r -> new RenditionJson(base + r.url(), r.width(), r.height()))
            .toList());
  }
}
