package io.gazette.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates written out in the page's language and the site's zone: "mardi 7 mai 2024". */
@TemplateExtension
public final class DateExtensions {

  private static final Map<Locale, DateTimeFormatter> LONG_DATES = new ConcurrentHashMap<>();
  private static final Map<Locale, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();

  private DateExtensions() {}

  /** The date alone, in full: "mardi 7 mai 2024". */
  public static String longDate(Instant instant, Page page) {
    Locale locale = page.language().locale();
    return LONG_DATES
        .computeIfAbsent(
            locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(l))
        .format(instant.atZone(page.zone()));
  }

  /** The date in full and the time: "mardi 7 mai 2024 à 09:30". */
  public static String longDateTime(Instant instant, Page page) {
    Locale locale = page.language().locale();
    return DATE_TIMES
        .computeIfAbsent(
            locale,
            l ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(l))
        .format(instant.atZone(page.zone()));
  }

  /** Today's date in the site's zone, for the header. */
  public static String today(Page page) {
    return longDate(ZonedDateTime.now(page.zone()).toInstant(), page);
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
