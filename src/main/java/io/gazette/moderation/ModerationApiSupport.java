package io.gazette.moderation;

import io.gazette.api.ProblemException;
import io.gazette.comment.CommentStatus;
import io.gazette.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Reads the query parameters of {@link ModerationApi}: anything that makes no sense is a 400. */
@ApplicationScoped
class ModerationApiSupport {

  private final Languages languages;

  ModerationApiSupport(Languages languages) {
    this.languages = languages;
  }

  /** The queue filter; the pending tab when no status is given. */
  QueueFilter filter(String status, String lang, String article, String text) {
    String language = blank(lang) ? null : lang.strip();
    if (language != null && languages.find(language).isEmpty()) {
      throw refuse("lang", "unknown-language", "It is not one of the site's languages.");
    }
    return new QueueFilter(status(status), language, articleId(article), blank(text) ? null : text);
  }

  private static CommentStatus status(String status) {
    if (blank(status)) {
      return CommentStatus.PENDING;
    }
    try {
      return CommentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw refuse("status", "unknown-status", "One of pending, approved, spam, trash.");
    }
  }

  private static Long articleId(String raw) {
    if (blank(raw)) {
      return null;
    }
    try {
      return Long.valueOf(raw.strip());
    } catch (NumberFormatException notAnId) {
      throw refuse("article", "not-an-id", "An id is a whole number.");
    }
  }

  private static ProblemException refuse(String parameter, String code, String detail) {
    return ProblemException.invalidParameter(
        parameter, code, "The parameter '" + parameter + "' is not acceptable. " + detail);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
