package io.gazette.newsroom;

import io.gazette.GazetteConfig;
import io.gazette.admin.AdminPage;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.i18n.NewsroomMessages;
import io.gazette.newsroom.ArticleFormView.Actions;
import io.gazette.newsroom.ArticleFormView.CheckLine;
import io.gazette.newsroom.ArticleFormView.Option;
import io.gazette.story.ArticleStatus;
import io.gazette.story.StoryMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds what the article form shows, for a new story or a stored article. */
@ApplicationScoped
public class ArticleFormViews {

  private final ArticleFormQueries queries;
  private final Languages languages;
  private final ZoneId zone;

  ArticleFormViews(ArticleFormQueries queries, Languages languages, GazetteConfig config) {
    this.queries = queries;
    this.languages = languages;
    this.zone = config.timezone();
  }

  /** The form for a new story, empty or as typed, with the messages of refused fields. */
  public ArticleFormView create(AdminPage page, ArticleForm form, Map<String, String> errorKeys) {
    var messages = Bundles.in(ArticleAdminMessages.class, page.language());
    Map<String, String> errors = ArticleFormTexts.errors(messages, errorKeys);
    List<Option> languageOptions =
        languages.all().stream()
            .map(language -> new Option(language.code(), language.name()))
            .toList();
    return new ArticleFormView(
        form,
        null,
        errors,
        errors.isEmpty() ? null : formHasErrors(page),
        null,
        languageOptions,
        queries.sections(page.language().code()),
        List.of(),
        List.of(),
        Actions.NEW_STORY,
        zone.getId());
  }

  /** The stored article in the form, with an optional message about the last action. */
  public ArticleFormView edit(AdminPage page, long id, String alert) {
    var opened = queries.open(page.member(), id);
    return build(page, opened, ArticleForm.of(opened.article()), Map.of(), alert, null);
  }

  /** The form as typed with the messages of the refused fields. */
  public ArticleFormView invalid(
      AdminPage page, long id, ArticleForm typed, Map<String, String> errorKeys) {
    var messages = Bundles.in(ArticleAdminMessages.class, page.language());
    var opened = queries.open(page.member(), id);
    typed.lang = opened.article().lang();
    return build(
        page,
        opened,
        typed,
        ArticleFormTexts.errors(messages, errorKeys),
        formHasErrors(page),
        null);
  }

  /**
   * The form as typed beside the text saved meanwhile; it now carries the stored version, so that
   * saving again knowingly replaces that text.
   */
  public ArticleFormView conflict(AdminPage page, long id, ArticleForm typed) {
    var messages = Bundles.in(ArticleAdminMessages.class, page.language());
    var opened = queries.open(page.member(), id);
    typed.lang = opened.article().lang();
    typed.version = opened.article().version();
    return build(page, opened, typed, Map.of(), messages.conflictSave(), opened.article());
  }

  private ArticleFormView build(
      AdminPage page,
      ArticleFormQueries.Opened opened,
      ArticleForm form,
      Map<String, String> errors,
      String alert,
      ArticleSnapshot theirs) {
    var messages = Bundles.in(ArticleAdminMessages.class, page.language());
    ArticleSnapshot article = opened.article();
    List<CheckLine> checks =
        opened.checks().stream()
            .map(check -> ArticleFormTexts.check(messages, check, this::languageName))
            .toList();
    return new ArticleFormView(
        form,
        article,
        errors,
        alert,
        theirs,
        List.of(),
        queries.sections(page.language().code()),
        facts(page, messages, article),
        checks,
        actions(page, opened, checks),
        zone.getId());
  }

  private List<Option> facts(
      AdminPage page, ArticleAdminMessages messages, ArticleSnapshot article) {
    List<Option> facts = new ArrayList<>();
    String status = Bundles.in(StoryMessages.class, page.language()).status(article.status());
    facts.add(new Option(messages.statusLabel(), status));
    facts.add(new Option(messages.revisionLabel(), Integer.toString(article.revision())));
    facts.add(new Option(messages.authorLabel(), article.authorName()));
    facts.add(new Option(messages.updatedLabel(), date(page, article.updatedAt())));
    if (article.scheduledAt() != null) {
      facts.add(new Option(messages.scheduledLabel(), date(page, article.scheduledAt())));
    }
    if (article.publishedAt() != null) {
      facts.add(new Option(messages.publishedLabel(), date(page, article.publishedAt())));
    }
    return facts;
  }

  private static Actions actions(
      AdminPage page, ArticleFormQueries.Opened opened, List<CheckLine> checks) {
    boolean editor = page.isEditor();
    ArticleStatus status = opened.article().status();
    boolean live = status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
    return new Actions(
        opened.editable(),
        !editor && opened.editable() && status == ArticleStatus.DRAFT,
        editor && status != ArticleStatus.PUBLISHED,
        editor && live,
        editor && status == ArticleStatus.REVIEW,
        editor && checks.stream().anyMatch(CheckLine::blocking));
  }

  /** The sentence above a form with refused fields, the same on every newsroom form. */
  private static String formHasErrors(AdminPage page) {
    return Bundles.in(NewsroomMessages.class, page.language()).formHasErrors();
  }

  private String languageName(String code) {
    return languages.find(code).map(Language::name).orElse(code);
  }

  private String date(AdminPage page, java.time.Instant instant) {
    return ArticleFormTexts.dateTime(instant, page.language(), zone);
  }
}
