package io.gazette.library;

import io.gazette.GazetteConfig;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.media.MediaRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The library's sentences composed in Java: refusals with the configured limits, sizes. */
@ApplicationScoped
public class MediaWords {

  private static final long MB = 1024 * 1024;

  private final GazetteConfig.Media config;
  private final ZoneId zone;

  MediaWords(GazetteConfig config) {
    this.config = config.media();
    this.zone = config.timezone();
  }

  /** A day in a language, in the site's zone: "2 décembre 2026". */
  public String date(Instant instant, Language language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .format(instant.atZone(zone));
  }

  /** The bundle in a language. */
  public MediaMessages in(Language language) {
    return Bundles.in(MediaMessages.class, language);
  }

  /** Why a file was refused, in a language, with the limits it broke. */
  public String refusal(Language language, MediaRefusal.Reason reason) {
    return in(language).refusal(reason, maxMb(), config.maxPixels() / 1_000_000);
  }

  /** The largest upload, in megabytes. */
  public long maxMb() {
    return config.maxSize().asLongValue() / MB;
  }

  /** A file size as people read it: "245 kB", "3.4 MB", with the language's decimal mark. */
  public static String size(long bytes, Locale locale) {
    if (bytes < MB) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }
    return String.format(locale, "%.1f MB", bytes / (double) MB);
  }
}
