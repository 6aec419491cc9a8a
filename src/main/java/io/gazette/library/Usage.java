package io.gazette.library;

/** Where a picture is used: as a story's lead image, or inside a language version's body. */
public record Usage(long storyId, long articleId, String lang, String title, Place place) {

  /** How the picture is used. */
  public enum Place {
    LEAD,
    INLINE
  }
}
