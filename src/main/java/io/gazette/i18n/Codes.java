package io.gazette.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The codes that addresses, forms and stored rows carry ("sent-back", "upToDate", "errorTitle")
 * read as enum constants (SENT_BACK, UP_TO_DATE, TITLE), so that a message taking the enum says
 * them; a code is matched exactly, as it was written.
 */
public final class Codes {

  private Codes() {}

  /** The constant named like {@code code} in lower case with hyphens: "sent-back" is SENT_BACK. */
  public static <E extends Enum<E>> Optional<E> kebab(Class<E> type, String code) {
    return find(type, code, name -> name.toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The constant named like {@code code} in camel case: "upToDate" is UP_TO_DATE. */
  public static <E extends Enum<E>> Optional<E> camel(Class<E> type, String code) {
    return find(type, code, name -> decapitalize(pascal(name)));
  }

  /** The same after a prefix: with "error", "errorBodyLength" is BODY_LENGTH. */
  public static <E extends Enum<E>> Optional<E> camel(Class<E> type, String prefix, String code) {
    return find(type, code, name -> prefix + pascal(name));
  }

  private static <E extends Enum<E>> Optional<E> find(
      Class<E> type, String code, UnaryOperator<String> written) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> written.apply(constant.name()).equals(code))
        .findFirst();
  }

  /** UP_TO_DATE as UpToDate. */
  private static String pascal(String name) {
    StringBuilder word = new StringBuilder();
    for (String part : name.toLowerCase(Locale.ROOT).split("_")) {
      word.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return word.toString();
  }

  private static String decapitalize(String word) {
    return Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }
}
