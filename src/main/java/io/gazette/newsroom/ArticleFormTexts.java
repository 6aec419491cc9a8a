package io.gazette.newsroom;

import io.gazette.i18n.Language;
import io.gazette.newsroom.ArticleFormView.CheckLine;
import io.gazette.workflow.EditorialCheck;
import io.gazette.workflow.EditorialChecks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The article screens' sentences composed in Java: checks with their details, field errors, dates.
 */
final class ArticleFormTexts {

  private ArticleFormTexts() {}

  /** A check as a sentence; {@code languageName} names a language by its code. */
  static CheckLine check(
      ArticleAdminMessages messages, EditorialCheck check, UnaryOperator<String> languageName) {
    String text =
        switch (check.kind()) {
          case REPEATED_PARAGRAPH -> messages.checkRepeatedParagraph(check.detail());
          case EMPTY_STANDFIRST -> messages.checkEmptyStandfirst();
          case LONG_HEADLINE -> messages.checkLongHeadline(EditorialChecks.HEADLINE_MAX);
          case INSECURE_LINK -> messages.checkInsecureLink(check.detail());
          case MUST_READ_MISSING_LANGUAGE ->
              messages.checkMustReadMissingLanguage(languageName.apply(check.detail()));
          case LEAD_IMAGE_WITHOUT_ALT ->
              messages.checkLeadImageWithoutAlt(languageName.apply(check.detail()));
          case INLINE_IMAGE_WITHOUT_ALT -> messages.checkInlineImageWithoutAlt(check.detail());
        };
    return new CheckLine(check.blocking(), text);
  }

  /** Field errors from the services' message keys. */
  static Map<String, String> errors(ArticleAdminMessages messages, Map<String, String> keys) {
    Map<String, String> errors = new LinkedHashMap<>();
    keys.forEach((field, key) -> errors.put(field, messages.error(ArticleFieldError.of(key))));
    return errors;
  }

  /** A date and time in the site's zone, written the member's way. */
  static String dateTime(Instant instant, Language language, ZoneId zone) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language.locale())
            .withZone(zone)
            .format(instant);
  }
}
