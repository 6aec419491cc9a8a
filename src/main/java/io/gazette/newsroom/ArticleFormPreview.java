package io.gazette.newsroom;

import io.gazette.admin.SignedIn;
import io.gazette.article.ArticlePageData;
import io.gazette.article.ArticleService;
import io.gazette.editorial.EditorialService;
import io.gazette.editorial.Permissions;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.story.Article;
import io.gazette.web.Layout;
import io.gazette.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the reader template needs to show an article in any status, for the newsroom's preview. The
 * reader service only serves published articles, on purpose, so the preview reads here.
 */
@ApplicationScoped
public class ArticleFormPreview {

  private final Languages languages;
  private final Layout layout;
  private final ArticleService articles;

  ArticleFormPreview(Languages languages, Layout layout, ArticleService articles) {
    this.languages = languages;
    this.layout = layout;
    this.articles = articles;
  }

  /** The reader page's content for the article, if the member may read it. */
  @Transactional
  public ArticlePageData data(SignedIn member, long articleId) {
    Article article = EditorialService.find(articleId);
    Permissions.requireRead(member, article);
    // A draft has no publication date yet: show the one it would get.
    Instant published =
        article.publishedAt != null
            ? article.publishedAt
            : article.scheduledAt != null ? article.scheduledAt : Instant.now();
    return articles.pageData(article, published, Map.of());
  }

  /** The reader frame in the article's language, without alternates and marked noindex. */
  public Page page(String lang, long articleId, UriInfo uri) {
    Language language = languages.find(lang).orElse(languages.defaultLanguage());
    String path = "/admin/articles/" + articleId + "/preview";
    Page page = layout.page(language, Map.of(language.code(), path), uri);
    return new Page(
        page.language(),
        page.zone(),
        page.siteName(),
        page.canonical(),
        List.of(),
        page.xDefault(),
        page.sections(),
        page.appUrl(),
        true,
        page.base());
  }
}
