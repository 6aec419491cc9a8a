package io.gazette.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A message bundle in one of the site's languages, for texts composed in Java. */
public final class Bundles {

  private Bundles() {}

  /** The bundle in {@code language}; its default texts when that language has no file yet. */
  public static <T> T in(Class<T> bundle, Language language) {
    try {
      return MessageBundles.get(bundle, Localized.Literal.of(language.code()));
    } catch (IllegalStateException noBundleForLanguage) {
      // A configured language without its properties file yet: the default texts stand in.
      return MessageBundles.get(bundle);
    }
  }
}
