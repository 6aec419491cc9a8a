package io.gazette.library;

import io.gazette.media.MediaAsset;
import io.gazette.media.MediaText;
import io.gazette.media.Rendition;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A picture as the admin API shows it: the file's facts, its texts by language, its renditions
 * (absolute URLs) and where it is used.
 */
@Schema(name = "AdminMedia")
public record AdminMediaJson(
    long id,
    String fileName,
    @Schema(description = "The original's type: image/jpeg, image/png, image/gif or image/webp")
        String type,
    int width,
    int height,
    long byteSize,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "Send it back in PATCH: a stale one is refused") int version,
    @Schema(description = "The texts by language code; a language without texts is left out")
        Map<String, MediaTextJson> texts,
    List<RenditionJson> renditions,
    List<UsageJson> usedBy) {

  /** A picture's texts in one language; each may be empty. */
  @Schema(name = "MediaText")
  public record MediaTextJson(String alt, String caption, String credit) {}

  /** One served size. */
  @Schema(name = "MediaRendition")
  public record RenditionJson(String url, int width, int height) {}

  /** One use of the picture: a language version of a story, as its lead or in its text. */
  @Schema(name = "MediaUsage")
  public record UsageJson(
      long storyId,
      long articleId,
      String lang,
      String title,
      @Schema(enumeration = {"LEAD", "INLINE"}) String place) {}

  static AdminMediaJson of(
      MediaAsset asset, List<Rendition> renditions, List<Usage> uses, URI base) {
    Map<String, MediaTextJson> texts = new TreeMap<>();
    for (Map.Entry<String, MediaText> text : asset.texts.entrySet()) {
      MediaText t = text.getValue();
      texts.put(text.getKey(), new MediaTextJson(t.alt, t.caption, t.credit));
    }
    String root = base.toString().replaceAll("/+$", "");
    return new AdminMediaJson(
        asset.id,
        asset.fileName,
        asset.kind.mediaType(),
        asset.width,
        asset.height,
        asset.byteSize,
        asset.createdAt,
        asset.updatedAt,
        asset.version,
        texts,
        renditions.stream()
            .map(r -> new RenditionJson(root + r.url(), r.width(), r.height()))
            .toList(),
        uses.stream()
            .map(
                u ->
                    new UsageJson(
                        u.storyId(), u.articleId(), u.lang(), u.title(), u.place().name()))
            .toList());
  }
}
