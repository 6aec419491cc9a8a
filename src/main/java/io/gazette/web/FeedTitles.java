package io.gazette.web;

import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.ReaderMessages;

/**
 * The titles of the site's feeds, shared by the feeds themselves and the pages advertising them.
 */
public final class FeedTitles {

  private FeedTitles() {}

  /** The feed of a language's newest articles. */
  public static String site(Language language, String site) {
    return messages(language).siteFeedTitle(site);
  }

  /** The feed of a section's newest articles. */
  public static String section(Language language, String site, String section) {
    return messages(language).sectionFeedTitle(site, section);
  }

  /** The feed of a tag's newest articles. */
  public static String tag(Language language, String site, String tag) {
    return messages(language).tagFeedTitle(site, tag);
  }

  private static ReaderMessages messages(Language language) {
    return Bundles.in(ReaderMessages.class, language);
  }
}
