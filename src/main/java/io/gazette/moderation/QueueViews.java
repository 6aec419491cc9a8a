package io.gazette.moderation;

import io.gazette.admin.AdminPage;
import io.gazette.comment.CommentStatus;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.NewsroomWords;
import io.gazette.moderation.QueueView.Option;
import io.gazette.moderation.QueueView.Row;
import io.gazette.moderation.QueueView.Tab;
import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds a page of the moderation queue: tabs with counts, filters, rows and pages. */
@ApplicationScoped
public class QueueViews {

  /** A hundred comments a page: a moderator clears one page with one bulk action. */
  static final int PAGE_SIZE = 100;

  private final ModerationService moderation;
  private final Languages languages;
  private final NewsroomWords words;

  QueueViews(ModerationService moderation, Languages languages, NewsroomWords words) {
    this.moderation = moderation;
    this.languages = languages;
    this.words = words;
  }

  /** The queue page; throws {@link QueueQuery.Unreadable} when the article does not exist. */
  @Transactional
  public QueueView view(AdminPage page, QueueQuery asked) {
    String title = asked.articleId() == null ? null : title(asked.articleId());
    var found = moderation.queue(asked.filter(), asked.page(), PAGE_SIZE);
    if (found.items().isEmpty() && asked.page() > found.pages()) {
      // The last page emptied by an action: show what is left rather than nothing.
      QueueQuery last = asked.withPage(found.pages());
      return view(page, last, title, moderation.queue(last.filter(), last.page(), PAGE_SIZE));
    }
    return view(page, asked, title, found);
  }

  private QueueView view(
      AdminPage page, QueueQuery query, String title, ModerationService.QueuePage found) {
    ModerationMessages m = Bundles.in(ModerationMessages.class, page.language());
    return new QueueView(
        query,
        query.suffix(),
        tabs(m, query),
        languages.all().stream().map(l -> new Option(l.code(), l.name())).toList(),
        title,
        query.withArticle(null).url(),
        found.items().stream().map(item -> row(m, page.language(), query, item)).toList(),
        ModerationTexts.found(m, page.language().locale(), found.total()),
        found.pages(),
        query.page() > 1 ? query.withPage(query.page() - 1).url() : null,
        query.page() < found.pages() ? query.withPage(query.page() + 1).url() : null,
        actions(m, query.status()));
  }

  private List<Tab> tabs(ModerationMessages m, QueueQuery query) {
    Map<CommentStatus, Long> counts = moderation.counts(query.filter());
    return Arrays.stream(CommentStatus.values())
        .map(
            status ->
                new Tab(
                    QueueQuery.code(status),
                    m.tab(status),
                    counts.get(status),
                    query.withStatus(status).url(),
                    status == query.status()))
        .toList();
  }

  private Row row(ModerationMessages m, Language ui, QueueQuery query, QueueItem item) {
    String reason = item.heldReason();
    String moderated =
        item.moderatedBy() == null || item.moderatedAt() == null
            ? null
            : m.moderatedBy(item.moderatedBy(), words.dateTime(item.moderatedAt(), ui));
    return new Row(
        item,
        words.dateTime(item.createdAt(), ui),
        query.withArticle(item.articleId()).url(),
        reason == null ? null : m.held(HeldRule.of(reason)),
        reason == null ? null : ModerationTexts.heldDetail(reason),
        moderated);
  }

  /** Moving to the tab shown is no action; deleting for good only from spam and trash. */
  private static List<Option> actions(ModerationMessages m, CommentStatus shown) {
    return List.of(
            new Option("approve", m.approve()),
            new Option("spam", m.spam()),
            new Option("trash", m.trash()),
            new Option("delete", m.delete()))
        .stream()
        .filter(action -> !action.value().equals(ModerationActions.verb(shown)))
        .filter(
            action ->
                !action.value().equals("delete")
                    || shown == CommentStatus.SPAM
                    || shown == CommentStatus.TRASH)
        .toList();
  }

  private static String title(long articleId) {
    Article article = Article.findById(articleId);
    if (article == null) {
      throw new QueueQuery.Unreadable("article");
    }
    return article.title;
  }
}
