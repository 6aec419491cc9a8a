package io.gazette.newsroom;

import io.gazette.editorial.ArticleSnapshot;
import io.gazette.story.ArticleStatus;
import java.util.List;
import java.util.Map;

/**
 * Everything the article form shows: what was typed, what is stored, messages and what the member
 * may do next.
 *
 * @param form the values in the fields
 * @param article the stored article, or null for a new story
 * @param errors localized message by field name
 * @param alert a message about the whole form (errors, conflict, blocked publishing), or null
 * @param theirs on a conflict, the text saved meanwhile by someone else; otherwise null
 * @param languages the site's languages, for a new story
 * @param sections the sections to choose from
 * @param facts status and dates of the stored article, localized; empty for a new story
 * @param checks the editorial checks of the stored text
 * @param actions what the member may do with the article
 * @param zone the name of the zone in which a publication time is typed
 */
public record ArticleFormView(
    ArticleForm form,
    ArticleSnapshot article,
    Map<String, String> errors,
    String alert,
    ArticleSnapshot theirs,
    List<Option> languages,
    List<Option> sections,
    List<Option> facts,
    List<CheckLine> checks,
    Actions actions,
    String zone) {

  /** A value with its label: a select option, or a fact about the article. */
  public record Option(String value, String label) {}

  /** An editorial check as a sentence in the member's language. */
  public record CheckLine(boolean blocking, String text) {}

  /** The workflow buttons and rights the member has on this article. */
  public record Actions(
      boolean edit,
      boolean submit,
      boolean publish,
      boolean unpublish,
      boolean sendBack,
      boolean override) {

    static final Actions NEW_STORY = new Actions(true, false, false, false, false, false);
  }

  public boolean isNew() {
    return article == null;
  }

  /** Whether the stored article may be seen on the site now. */
  public boolean isLive() {
    return article != null && article.status() == ArticleStatus.PUBLISHED;
  }

  public boolean hasBlockingCheck() {
    return checks.stream().anyMatch(CheckLine::blocking);
  }

  /** The message of a field, or null; templates cannot call {@code Map.get} type-safely. */
  public String error(String field) {
    return errors.get(field);
  }
}
