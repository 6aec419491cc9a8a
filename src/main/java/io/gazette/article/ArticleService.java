package io.gazette.article;

import io.gazette.comment.Comment;
import io.gazette.comment.CommentThread;
import io.gazette.comment.CommentWindow;
import io.gazette.media.MediaImage;
import io.gazette.media.MediaImages;
import io.gazette.related.RelatedArticles;
import io.gazette.story.Article;
import io.gazette.story.ArticleCard;
import io.gazette.story.ArticleCards;
import io.gazette.story.SlugRedirect;
import io.gazette.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the reader's article page: the published article and everything around it. */
@ApplicationScoped
public class ArticleService {

  private final RelatedArticles related;
  private final CommentWindow commentWindow;
  private final MediaImages media;

  ArticleService(RelatedArticles related, CommentWindow commentWindow, MediaImages media) {
    this.related = related;
    this.commentWindow = commentWindow;
    this.media = media;
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

  private ArticlePageData pageData(Article article) {
    List<Article> published = Article.listPublishedVersions(article.story);
    return pageData(article, article.publishedAt, versionPaths(published), originalLang(published));
  }

  /** The article page's content, showing {@code publishedAt} and linking these versions. */
  public ArticlePageData pageData(
      Article article, Instant publishedAt, Map<String, String> versions) {
    return pageData(article, publishedAt, versions, null);
  }

  private ArticlePageData pageData(
      Article article, Instant publishedAt, Map<String, String> versions, String originalLang) {
    Story story = article.story;
    String lang = article.lang;
    List<Long> tagIds = story.tags.stream().map(tag -> tag.id).sorted().toList();
    List<ArticleCard> relatedCards = related.forStory(lang, story.id, story.section.id, tagIds);
    List<ArticleCard> mustRead = ArticleCards.mustRead(lang, story.id, MUST_READ);
    List<ArticleCard> latest = ArticleCards.latest(lang, story.id, LATEST);
    // Every picture of the page, the lead one and the cards', in one batch.
    Set<Long> ids = new HashSet<>();
    Stream.of(relatedCards, mustRead, latest).forEach(l -> ids.addAll(ArticleCards.imageIds(l)));
    Long leadId = story.leadImageId();
    if (leadId != null) {
      ids.add(leadId);
    }
    Map<Long, MediaImage> images = media.in(ids, lang);
    return new ArticlePageData(
        ArticleView.of(article, publishedAt),
        leadId == null ? null : images.get(leadId),
        versions,
        ArticleCards.withImages(relatedCards, images),
        ArticleCards.withImages(mustRead, images),
        ArticleCards.withImages(latest, images),
        CommentThread.of(Comment.listApprovedViews(article.id)),
        commentWindow.isOpen(story.commentsOpen, publishedAt),
        originalLang);
  }

  private static Map<String, String> versionPaths(List<Article> published) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (Article version : published) {
      paths.put(version.lang, "/" + version.lang + "/" + version.slug);
    }
    return paths;
  }

  /**
   * The language of the story's original among its published versions: the earliest published of
   * those not translated from another published version (the newsroom records a translation's
   * source); null when none is published.
   */
  static String originalLang(List<Article> published) {
    Set<Long> ids = new HashSet<>();
    published.forEach(version -> ids.add(version.id));
    return published.stream()
        .filter(version -> version.source == null || !ids.contains(version.source.id))
        .min(
            Comparator.comparing(
                (Article version) -> version.publishedAt,
                Comparator.nullsLast(Comparator.naturalOrder())))
        .map(version -> version.lang)
        .orElse(null);
  }
}
