package io.gazette.i18n;

import com.ibm.icu.util.ULocale;
import io.gazette.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Newsroom texts composed in Java: messages in the member's language, dates in the site's zone,
 * language names, and the words for form errors.
 */
@ApplicationScoped
public class NewsroomWords {

  private final ZoneId zone;

  NewsroomWords(GazetteConfig config) {
    this.zone = config.timezone();
  }

  /** The newsroom bundle in a language, English when that language has no file yet. */
  public NewsroomMessages messages(Language language) {
    return Bundles.in(NewsroomMessages.class, language);
  }

  /** A date and time in the site's zone, written the way the interface language writes it. */
  public String dateTime(Instant instant, Language ui) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(ui.locale())
        .format(instant.atZone(zone));
  }

  /** The name of a language in the interface language, as used inside a sentence: "anglais". */
  public static String languageName(Language language, Language ui) {
    return ULocale.forLanguageTag(language.code()).getDisplayName(ULocale.forLocale(ui.locale()));
  }

  /** The sentence for a form error key of the newsroom services. */
  public static String error(NewsroomMessages m, String key) {
    return FieldError.of(key).map(m::error).orElseGet(m::formHasErrors);
  }
}
