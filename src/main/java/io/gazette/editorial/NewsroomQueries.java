package io.gazette.editorial;

import io.gazette.admin.SignedIn;
import io.gazette.i18n.Folding;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.story.Article;
import io.gazette.story.ArticleStatus;
import io.gazette.story.Story;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the newsroom lists: articles with filters, and each story's state in every language. */
@ApplicationScoped
public class NewsroomQueries {

  /** Filters of the article list; null or blank means "any". */
  public record Filter(
      String lang, ArticleStatus status, Long sectionId, Long authorId, String text) {}

  /** One page of the article list. */
  public record ArticlePage(List<ArticleSnapshot> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /** A story's version in one configured language, or its absence. */
  public record LanguageState(Language language, ArticleSnapshot article) {
    /** missing, draft, review, scheduled, published, unpublished or outdated. */
    public String state() {
      if (article == null) {
        return "missing";
      }
      return article.outdated() ? "outdated" : article.status().name().toLowerCase(Locale.ROOT);
    }
  }

  private final Languages languages;

  NewsroomQueries(Languages languages) {
    this.languages = languages;
  }

  @Transactional
  public ArticlePage list(SignedIn member, Filter filter, int page, int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (!Permissions.isEditor(member)) {
      where.append(" and story.owner.id = :owner");
      params.and("owner", member.accountId());
    }
    if (filter.lang() != null && !filter.lang().isBlank()) {
      where.append(" and lang = :lang");
      params.and("lang", filter.lang());
    }
    if (filter.status() != null) {
      where.append(" and status = :status");
      params.and("status", filter.status());
    }
    if (filter.sectionId() != null) {
      where.append(" and story.section.id = :section");
      params.and("section", filter.sectionId());
    }
    if (filter.authorId() != null) {
      where.append(" and story.author.id = :author");
      params.and("author", filter.authorId());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and searchKey like :text escape '!'");
      params.and("text", Folding.containing(filter.text().strip()));
    }
    var query = Article.<Article>find(where + " order by updatedAt desc, id desc", params);
    long total = query.count();
    List<ArticleSnapshot> items =
        query.page(Page.of(page - 1, size)).list().stream().map(ArticleSnapshot::of).toList();
    return new ArticlePage(items, page, size, total);
  }

  /** The story of an article, language by language in the site's order. */
  @Transactional
  public List<LanguageState> story(SignedIn member, long storyId) {
    Story story = Story.findById(storyId);
    if (story == null) {
      throw new NotFoundException();
    }
    List<Article> versions = Article.list("story", story);
    if (!versions.isEmpty()) {
      Permissions.requireRead(member, versions.get(0));
    }
    List<LanguageState> states = new ArrayList<>();
    for (Language language : languages.all()) {
      ArticleSnapshot version =
          versions.stream()
              .filter(article -> article.lang.equals(language.code()))
              .findFirst()
              .map(ArticleSnapshot::of)
              .orElse(null);
      states.add(new LanguageState(language, version));
    }
    return states;
  }
}
