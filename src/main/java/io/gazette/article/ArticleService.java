package io.gazette.article;

import io.gazette.changefeed.ChangeFeed;
import io.gazette.comment.Comment;
import io.gazette.comment.CommentThread;
import io.gazette.comment.CommentWindow;
import io.gazette.i18n.Slugs;
import io.gazette.related.RelatedArticles;
import io.gazette.story.Article;
import io.gazette.story.ArticleCards;
import io.gazette.story.SlugRedirect;
import io.gazette.story.Story;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes articles; the one place their transactions and slug rules live. */
@ApplicationScoped
public class ArticleService {

  private final RelatedArticles related;
  private final PageCache pages;
  private final CommentWindow commentWindow;
  private final ChangeFeed changes;

  ArticleService(
      RelatedArticles related, PageCache pages, CommentWindow commentWindow, ChangeFeed changes) {
    this.related = related;
    this.pages = pages;
    this.commentWindow = commentWindow;
    this.changes = changes;
  }

  private static final int MUST_READ = 5;
  private static final int LATEST = 8;

  /** The reader's page for a published article, if one has this slug in the language. */
  @Transactional
  public Optional<ArticlePageData> readerPage(String lang, String slug) {
    return Article.findPublished(lang, slug).map(this::pageData);
  }

  /** The id of the published article with this slug in the language, if there is one. */
  @Transactional
  public Optional<Long> publishedId(String lang, String slug) {
    return Article.findPublished(lang, slug).map(article -> article.id);
  }

  /** Where an old slug of a published article leads now, if anywhere. */
  @Transactional
  public Optional<String> redirectFor(String lang, String slug) {
    return SlugRedirect.findPublishedTarget(lang, slug)
        .map(article -> "/" + lang + "/" + article.slug);
  }

  /**
   * Gives an article a new slug derived from {@code wanted}; the old one keeps answering with a
   * redirect. Returns the slug actually used.
   */
  @Transactional
  public String changeSlug(long articleId, String wanted) {
    Article article = Article.findById(articleId);
    String slug = Slugs.of(wanted);
    if (slug.isEmpty() || slug.equals(article.slug)) {
      return article.slug;
    }
    // Taking back one of the article's own old slugs just retires that redirect.
    if (SlugRedirect.delete("article = ?1 and slug = ?2", article, slug) == 0) {
      slug = Slugs.unique(wanted, candidate -> Article.slugTaken(article.lang, candidate));
    }
    SlugRedirect redirect = new SlugRedirect();
    redirect.article = article;
    redirect.lang = article.lang;
    redirect.slug = article.slug;
    redirect.persist();
    article.slug = slug;
    pages.invalidateAll();
    changes.record(article);
    return slug;
  }

  private ArticlePageData pageData(Article article) {
    return pageData(article, article.publishedAt, versionPaths(article.story));
  }

  /** The article page's content, showing {@code publishedAt} and linking these versions. */
  public ArticlePageData pageData(
      Article article, Instant publishedAt, Map<String, String> versions) {
    Story story = article.story;
    String lang = article.lang;
    List<Long> tagIds = story.tags.stream().map(tag -> tag.id).sorted().toList();
    return new ArticlePageData(
        ArticleView.of(article, publishedAt),
        versions,
        related.forStory(lang, story.id, story.section.id, tagIds),
        ArticleCards.mustRead(lang, story.id, MUST_READ),
        ArticleCards.latest(lang, story.id, LATEST),
        CommentThread.of(Comment.listApprovedViews(article.id)),
        commentWindow.isOpen(story.commentsOpen, publishedAt));
  }

  private static Map<String, String> versionPaths(Story story) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (Article version : Article.listPublishedVersions(story)) {
      paths.put(version.lang, "/" + version.lang + "/" + version.slug);
    }
    return paths;
  }
}
