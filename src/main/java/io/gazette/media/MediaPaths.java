package io.gazette.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The addresses of renditions, {@code /media/<32 hex digits>.<extension>}, made and read. */
public final class MediaPaths {

  /** The prefix every media address starts with. */
  public static final String PREFIX = "/media/";

  private static final Pattern PATH = Pattern.compile("/media/([0-9a-f]{32})\\.(jpg|png|gif|webp)");

  private MediaPaths() {}

  /** The address of a rendition. */
  public static String url(String hash, ImageKind kind) {
    return PREFIX + hash + "." + kind.extension();
  }

  /** The rendition hash and kind an address names, if it is a media address. */
  public static Optional<Named> parse(String path) {
    Matcher matcher = PATH.matcher(path == null ? "" : path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return ImageKind.ofExtension(matcher.group(2)).map(kind -> new Named(matcher.group(1), kind));
  }

  /** A hash and the kind its extension says. */
  public record Named(String hash, ImageKind kind) {}
}
