package io.gazette.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A picture as one language shows it: the default rendition's address and size, the others for
 * {@code srcset}, and the alt text, caption and credit in that language (empty when not written).
 */
public record MediaImage(
    long id,
    String url,
    int width,
    int height,
    String alt,
    String caption,
    String credit,
    List<Rendition> renditions) {

  /** The {@code srcset} attribute: every rendition with its width. */
  public String srcset() {
    return renditions.stream()
        .map(r -> r.url() + " " + r.width() + "w")
        .collect(Collectors.joining(", "));
  }

  /** The smallest rendition at least {@code width} wide, or the widest there is. */
  public Rendition atLeast(int width) {
    return renditions.stream()
        .filter(r -> r.width() >= width)
        .findFirst()
        .orElse(renditions.get(renditions.size() - 1));
  }
}
