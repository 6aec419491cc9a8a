package io.gazette.admin;

/** The values a newsroom address's query carries, as typed: a blank one is an absent one. */
public final class AdminQuery {

  private AdminQuery() {}

  /** Whether {@code value} is absent: null, empty or only white space. */
  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
