package io.gazette.moderation;

import static io.gazette.admin.AdminQuery.blank;

import io.gazette.api.LangParam;
import io.gazette.comment.CommentStatus;
import io.gazette.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the query parameters of {@link ModerationApi} that {@code ApiParamConverters} does not: an
 * unknown language is a 400.
 */
@ApplicationScoped
class ModerationApiSupport {

  private final Languages languages;

  ModerationApiSupport(Languages languages) {
    this.languages = languages;
  }

  /** The queue filter; the pending tab when no status is given. */
  QueueFilter filter(CommentStatus status, String lang, Long article, String text) {
    String search = blank(text) ? null : text;
    return new QueueFilter(
        status == null ? CommentStatus.PENDING : status,
        LangParam.filter(languages, lang),
        article,
        search);
  }
}
