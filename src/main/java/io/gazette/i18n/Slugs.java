package io.gazette.i18n;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable URL slugs from titles in any script: "Corée du Nord" gives "coree-du-nord". */
public final class Slugs {

  private static final int MAX_LENGTH = 80;
  // ICU transliterators are not documented as thread-safe; one instance behind a lock is enough
  // for the rate at which editors save.
  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Any-Latin; Latin-ASCII; NFKD; [:Nonspacing Mark:] Remove; NFC");

  private Slugs() {}

  /** The slug of a text: transliterated to ASCII, lower case, words joined by hyphens. */
  public static String of(String text) {
    String ascii;
    synchronized (TO_ASCII) {
      ascii = TO_ASCII.transliterate(text == null ? "" : text);
    }
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return shorten(slug);
  }

  /** The slug of a text, made unique with a numeric suffix when {@code taken} says so. */
  public static String unique(String text, Predicate<String> taken) {
    String base = of(text);
    if (base.isEmpty()) {
      base = "article";
    }
    String candidate = base;
    for (int n = 2; taken.test(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private static String shorten(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', MAX_LENGTH);
    return slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
  }
}
