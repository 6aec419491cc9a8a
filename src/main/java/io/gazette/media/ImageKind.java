package io.gazette.media;

import java.util.Arrays;
import java.util.Optional;

/** The picture formats the library takes in, each known by its first bytes, never by its name. */
public enum ImageKind {
  JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
  PNG("image/png", "png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  GIF("image/gif", "gif", new int[] {'G', 'I', 'F', '8'}),
  WEBP("image/webp", "webp", new int[] {'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'});

  private final String mediaType;
  private final String extension;
  private final int[] magic;

  ImageKind(String mediaType, String extension, int[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  /** The {@code Content-Type} the files of this kind are served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The extension of the served names. */
  public String extension() {
    return extension;
  }

  /** The kind the bytes begin with, if they begin like one of the four. */
  public static Optional<ImageKind> sniff(byte[] bytes) {
    return Arrays.stream(values()).filter(kind -> kind.begins(bytes)).findFirst();
  }

  /** The kind a served name's extension says. */
  public static Optional<ImageKind> ofExtension(String extension) {
    return Arrays.stream(values()).filter(kind -> kind.extension.equals(extension)).findFirst();
  }

  private boolean begins(byte[] bytes) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (magic[i] >= 0 && (bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
