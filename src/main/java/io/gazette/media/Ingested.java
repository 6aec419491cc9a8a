package io.gazette.media;

import java.util.List;

/**
 * A picture taken in: its kind and size as shown (EXIF orientation applied), the original's hash,
 * and the renditions made from it, narrowest first.
 */
public record Ingested(
    ImageKind kind, int width, int height, String originalHash, List<Made> renditions) {

  /** One rendition's bytes, free of any metadata. */
  public record Made(ImageKind kind, int width, int height, String hash, byte[] bytes) {}
}
