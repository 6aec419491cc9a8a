package io.gazette.workflow;

/**
 * A problem found before publishing.
 *
 * @param kind what was found
 * @param blocking whether it stops publishing unless an editor overrides it
 * @param detail the offending text, link, language or picture address
 */
public record EditorialCheck(Kind kind, boolean blocking, String detail) {

  /** The checks Gazette runs; each has a message key in the article admin bundle. */
  public enum Kind {
    REPEATED_PARAGRAPH,
    EMPTY_STANDFIRST,
    LONG_HEADLINE,
    INSECURE_LINK,
    MUST_READ_MISSING_LANGUAGE,
    LEAD_IMAGE_WITHOUT_ALT,
    INLINE_IMAGE_WITHOUT_ALT
  }
}
