package io.gazette.moderation;

import io.gazette.admin.AdminPage;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.NewsroomWords;
import jakarta.enterprise.context.ApplicationScoped;

/** The edit and reply forms of the queue: what they show, and saving what was typed. */
@ApplicationScoped
public class CommentForms {

  private final ModerationService moderation;
  private final NewsroomWords words;

  CommentForms(ModerationService moderation, NewsroomWords words) {
    this.moderation = moderation;
    this.words = words;
  }

  /** The form for a comment with its stored text; null when there is no such comment. */
  public CommentForm find(AdminPage page, long id, String back) {
    ModerationMessages m = Bundles.in(ModerationMessages.class, page.language());
    return moderation
        .find(id)
        .map(
            item ->
                new CommentForm(
                    item,
                    words.dateTime(item.createdAt(), page.language()),
                    m.tab(item.status()),
                    back,
                    "",
                    null))
        .orElse(null);
  }

  /** Saves a new text; null when saved, else why not in the member's language. */
  public String edit(AdminPage page, long id, String body) {
    return moderation
        .edit(id, body == null ? "" : body, page.member())
        .map(code -> message(page, code))
        .orElse(null);
  }

  /** Publishes a staff reply; null when published, else why not in the member's language. */
  public String reply(AdminPage page, long id, String body) {
    String error = moderation.reply(id, body == null ? "" : body, page.member()).error();
    return error == null ? null : message(page, error);
  }

  private static String message(AdminPage page, String code) {
    ModerationMessages m = Bundles.in(ModerationMessages.class, page.language());
    return code.equals("not-found") ? m.notFoundText() : ModerationTexts.bodyError(m, code);
  }
}
