package io.gazette.i18n;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for accent- and case-insensitive lookups in the database ("Marché" and "marche" give
 * one key), and the {@code like} pattern that finds a folded text inside such keys.
 */
public final class Folding {

  private Folding() {}

  /** Lower case, accents and other combining marks removed. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * A {@code like ... escape '!'} pattern for keys containing the folded {@code text}: its own
   * {@code %} and {@code _} are matched as themselves.
   */
  public static String containing(String text) {
    String escaped = fold(text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
