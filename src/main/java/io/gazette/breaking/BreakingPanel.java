package io.gazette.breaking;

import io.gazette.i18n.Language;
import io.gazette.i18n.NewsroomWords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The breaking news control of a story's newsroom page.
 *
 * @param storyId the story
 * @param active whether it is breaking now
 * @param until the end of the alert in the interface language, when active
 * @param value the date-time field's value: the current end, or two hours from now
 * @param zone the site's time zone, in which the field is read
 */
public record BreakingPanel(long storyId, boolean active, String until, String value, String zone) {

  private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Duration SUGGESTED = Duration.ofHours(2);

  /** The panel of a story breaking until {@code until} (null: not breaking). */
  public static BreakingPanel of(
      long storyId, Instant until, ZoneId zone, NewsroomWords words, Language ui) {
    Instant shown = until != null ? until : Instant.now().plus(SUGGESTED);
    String value = FIELD.format(shown.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    String text = until == null ? null : words.dateTime(until, ui);
    return new BreakingPanel(storyId, until != null, text, value, zone.getId());
  }

  /** A date-time field's value read in the site's zone; null when it is not one. */
  static Instant read(String value, ZoneId zone) {
    try {
      return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(zone).toInstant();
    } catch (java.time.format.DateTimeParseException unreadable) {
      return null;
    }
  }
}
