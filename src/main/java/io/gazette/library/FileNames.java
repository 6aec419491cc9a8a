package io.gazette.library;

import io.gazette.media.MediaAsset;
import io.gazette.media.MediaText;

/** An uploaded file's name as kept, and the folded text a picture is searched by. */
final class FileNames {

  private static final int MAX = 200;
  private static final int MAX_KEY = 2000;

  private FileNames() {}

  /** The name without any folder, control or bidi characters, cut to 200 characters. */
  static String clean(String name) {
    String base =
        name == null
            ? ""
            : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String visible = base.replaceAll("[\\p{Cc}\\p{Cf}\\uFFFD]", "").strip();
    if (visible.isEmpty()) {
      return "image";
    }
    return visible.codePointCount(0, visible.length()) <= MAX
        ? visible
        : visible.substring(0, visible.offsetByCodePoints(0, MAX));
  }

  /** The file name and every text, folded for accent- and case-insensitive search. */
  static String searchKey(MediaAsset asset) {
    StringBuilder key = new StringBuilder(asset.fileName);
    for (MediaText text : asset.texts.values()) {
      key.append(' ')
          .append(text.alt)
          .append(' ')
          .append(text.caption)
          .append(' ')
          .append(text.credit);
    }
    String folded = io.gazette.i18n.Folding.fold(key.toString());
    return folded.length() <= MAX_KEY ? folded : folded.substring(0, MAX_KEY);
  }
}
