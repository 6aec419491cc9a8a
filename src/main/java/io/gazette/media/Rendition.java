package io.gazette.media;

/** One served rendition of an asset: its size and its address under {@code /media/}. */
public record Rendition(long assetId, int width, int height, String hash, ImageKind kind) {

  /** The address, named by the content's hash so that it never changes meaning. */
  public String url() {
    return MediaPaths.url(hash, kind);
  }
}
