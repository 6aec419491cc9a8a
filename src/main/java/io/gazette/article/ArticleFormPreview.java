package io.gazette.article;

import io.gazette.account.SignedIn;
import io.gazette.comment.Comment;
import io.gazette.comment.CommentThread;
import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.related.RelatedArticles;
import io.gazette.tag.Tag;
import io.gazette.web.Layout;
import io.gazette.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Comparator;
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
  private final RelatedArticles related;

  ArticleFormPreview(Languages languages, Layout layout, RelatedArticles related) {
    this.languages = languages;
    this.layout = layout;
    this.related = related;
  }

  /** The reader page's content for the article, if the member may read it. */
  @Transactional
  public ArticlePageData data(SignedIn member, long articleId) {
    Article article = EditorialService.find(articleId);
    Permissions.requireRead(member, article);
    Story story = article.story;
    List<Tag> tags = story.tags.stream().sorted(Comparator.comparing(tag -> tag.id)).toList();
    List<Long> tagIds = tags.stream().map(tag -> tag.id).toList();
    return new ArticlePageData(
        view(article, tags),
        Map.of(),
        related.forStory(article.lang, story.id, story.section.id, tagIds),
        ArticleCards.mustRead(article.lang, story.id, ArticleService.MUST_READ),
        ArticleCards.latest(article.lang, story.id, ArticleService.LATEST),
        CommentThread.of(Comment.listApprovedViews(article.id)));
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
        true);
  }

  private static ArticleView view(Article article, List<Tag> tags) {
    Story story = article.story;
    String lang = article.lang;
    var section = story.section.label(lang);
    List<ArticleView.TagLink> tagLinks =
        tags.stream()
            .flatMap(tag -> tag.label(lang).stream())
            .map(label -> new ArticleView.TagLink(label.name, label.slug))
            .toList();
    // A draft has no publication date yet: show the one it would get.
    Instant published =
        article.publishedAt != null
            ? article.publishedAt
            : article.scheduledAt != null ? article.scheduledAt : Instant.now();
    return new ArticleView(
        article.id,
        story.id,
        lang,
        article.title,
        article.slug,
        article.standfirst,
        article.bodyHtml,
        published,
        article.updatedAt.isBefore(published) ? published : article.updatedAt,
        story.author.name,
        story.author.slug,
        section.map(label -> label.name).orElse(null),
        section.map(label -> label.slug).orElse(null),
        tagLinks,
        story.commentsOpen);
  }
}
