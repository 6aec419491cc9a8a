package io.gazette.newsroom;

import io.gazette.GazetteConfig;
import io.gazette.admin.AdminPage;
import io.gazette.editorial.ArticleSnapshot;
import io.gazette.editorial.NewsroomQueries;
import io.gazette.i18n.Bundles;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.newsroom.ArticleFormView.Option;
import io.gazette.newsroom.ArticleListRow.Report;
import io.gazette.newsroom.ArticleListRow.Row;
import io.gazette.story.ArticleStatus;
import io.gazette.story.StoryMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a page of the newsroom's article list from its query. */
@ApplicationScoped
public class ArticleListings {

  static final int PAGE_SIZE = 20;

  private final NewsroomQueries newsroom;
  private final ArticleFormQueries queries;
  private final Languages languages;
  private final ZoneId zone;

  ArticleListings(
      NewsroomQueries newsroom,
      ArticleFormQueries queries,
      Languages languages,
      GazetteConfig config) {
    this.newsroom = newsroom;
    this.queries = queries;
    this.languages = languages;
    this.zone = config.timezone();
  }

  public ArticleListRow listing(AdminPage page, ArticleListFilter filter) {
    var messages = Bundles.in(ArticleAdminMessages.class, page.language());
    var status = Bundles.in(StoryMessages.class, page.language());
    var found = newsroom.list(page.member(), filter.filter(), filter.pageNumber(), PAGE_SIZE);
    List<Option> sections = queries.sections(page.language().code());
    Map<String, String> sectionNames =
        sections.stream().collect(Collectors.toMap(Option::value, Option::label));
    List<Row> rows =
        found.items().stream().map(article -> row(page, status, sectionNames, article)).toList();
    int number = found.page();
    return new ArticleListRow(
        filter,
        rows,
        found.total(),
        number,
        found.pages(),
        number > 1 ? filter.url(Math.min(number - 1, found.pages())) : null,
        number < found.pages() ? filter.url(number + 1) : null,
        languages.all().stream().map(l -> new Option(l.code(), l.name())).toList(),
        statuses(status),
        sections,
        page.isEditor() ? queries.authors() : List.of(),
        report(page, messages, filter));
  }

  private Row row(
      AdminPage page,
      StoryMessages status,
      Map<String, String> sectionNames,
      ArticleSnapshot article) {
    String language = languages.find(article.lang()).map(Language::name).orElse(article.lang());
    return new Row(
        article.id(),
        article.title(),
        article.lang(),
        language,
        status.status(article.status()),
        ArticleFormTexts.dateTime(article.updatedAt(), page.language(), zone),
        sectionNames.getOrDefault(String.valueOf(article.sectionId()), ""),
        article.version());
  }

  private static List<Option> statuses(StoryMessages words) {
    return Arrays.stream(ArticleStatus.values())
        .map(status -> new Option(status.name().toLowerCase(Locale.ROOT), words.status(status)))
        .toList();
  }

  private Report report(AdminPage page, ArticleAdminMessages messages, ArticleListFilter filter) {
    if (filter.changed == null) {
      return null;
    }
    if (filter.changed.equals("none")) {
      return new Report(messages.bulkNothingSelected(), null, List.of());
    }
    int skipped = filter.count(filter.skipped);
    return new Report(
        messages.bulkDone(filter.count(filter.changed)),
        skipped == 0 ? null : messages.bulkSkipped(skipped),
        queries.titles(page.member(), filter.blockedIds()));
  }
}
