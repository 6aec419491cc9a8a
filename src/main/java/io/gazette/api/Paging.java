package io.gazette.api;

import java.util.List;

/**
 * The {@code page} and {@code size} query parameters of a list, checked: page from 1, size from 1
 * to {@value #MAX_SIZE}; anything else is a 400 naming the parameter.
 *
 * @param page the page number, from 1
 * @param size the most items per page
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** Reads the raw parameters; absent ones take page 1 and the default size. */
  public static Paging of(String page, String size) {
    int number = parse("page", page, 1, Integer.MAX_VALUE, 1);
    int perPage = parse("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
    return new Paging(number, perPage);
  }

  /** The envelope of this page, given its items and the size of the whole list. */
  public <T> ListEnvelope<T> envelope(List<T> items, long total) {
    return ListEnvelope.of(items, page, size, total);
  }

  /** This page of a list held in memory. */
  public <T> ListEnvelope<T> slice(List<T> all) {
    long from = Math.min((long) (page - 1) * size, all.size());
    int to = (int) Math.min(from + size, all.size());
    return envelope(all.subList((int) from, to), all.size());
  }

  private static int parse(String name, String raw, int min, int max, int absent) {
    if (raw == null || raw.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // Answered below like a number out of range.
    }
    String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
    throw ProblemException.invalidParameter(
        name,
        "out-of-range",
        "The parameter '" + name + "' must be a whole number, " + range + ".");
  }
}
