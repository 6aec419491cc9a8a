package io.gazette.article;

import io.gazette.api.ListEnvelope;
import io.gazette.api.Paging;
import io.gazette.comment.Comment;
import io.gazette.comment.CommentStatus;
import io.gazette.comment.CommentWindow;
import io.gazette.i18n.Languages;
import io.gazette.media.MediaImage;
import io.gazette.media.MediaImages;
import io.gazette.related.RelatedArticles;
import io.gazette.story.Article;
import io.gazette.story.ArticleCard;
import io.gazette.story.ArticleCards;
import io.gazette.story.ArticleStatus;
import io.gazette.story.SlugRedirect;
import io.gazette.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the public API reads of articles, published only: lists, one article, the home page. A list
 * costs three statements (count, page, tags and flags of the page), an article about six.
 */
@ApplicationScoped
public class ArticleReads {

  private static final String PUBLISHED_WITH_STORY =
      "from Article a join fetch a.story s join fetch s.section join fetch s.author"
          + " left join fetch s.tags where a.status = ?1 and ";

  private final ArticleService articles;
  private final RelatedArticles related;
  private final CommentWindow commentWindow;
  private final Languages languages;
  private final MediaImages media;

  ArticleReads(
      ArticleService articles,
      RelatedArticles related,
      CommentWindow commentWindow,
      Languages languages,
      MediaImages media) {
    this.articles = articles;
    this.related = related;
    this.commentWindow = commentWindow;
    this.languages = languages;
    this.media = media;
  }

  /** A page of the published articles of {@code lang} that pass the filter, newest first. */
  @Transactional
  public ListEnvelope<ArticleJson> list(
      String lang, ArticleFilter filter, Paging paging, String base) {
    ArticleFilter.Condition condition = filter.condition(lang);
    long total = ArticleCards.count(lang, condition.where(), condition.params());
    if ((long) (paging.page() - 1) * paging.size() >= total) {
      return paging.envelope(List.of(), total);
    }
    List<ArticleCard> cards =
        ArticleCards.page(
            lang, condition.where(), condition.params(), paging.page(), paging.size());
    cards = ArticleCards.withImages(cards, media.in(ArticleCards.imageIds(cards), lang));
    return paging.envelope(ArticleItems.load(cards, base).of(cards), total);
  }

  /** The published article with this id. */
  @Transactional
  public Optional<ArticleDetailJson> byId(long id, String base) {
    return Article.<Article>find(PUBLISHED_WITH_STORY + "a.id = ?2", ArticleStatus.PUBLISHED, id)
        .singleResultOptional()
        .map(article -> detail(article, base));
  }

  /** The published article with this slug in {@code lang}. */
  @Transactional
  public Optional<ArticleDetailJson> bySlug(String lang, String slug, String base) {
    return Article.findPublished(lang, slug).map(article -> detail(article, base));
  }

  /** The current slug of the published article that had {@code slug} in {@code lang}, if any. */
  @Transactional
  public Optional<String> movedSlug(String lang, String slug) {
    return SlugRedirect.findPublishedTarget(lang, slug).map(article -> article.slug);
  }

  private ArticleDetailJson detail(Article article, String base) {
    Story story = article.story;
    ArticleView view = ArticleView.of(article, article.publishedAt);
    List<Long> tagIds = story.tags.stream().map(tag -> tag.id).sorted().toList();
    List<ArticleCard> cards = related.forStory(article.lang, story.id, story.section.id, tagIds);
    // The lead picture and the related cards' pictures in one batch.
    Set<Long> imageIds = new HashSet<>(ArticleCards.imageIds(cards));
    Long leadId = story.leadImageId();
    if (leadId != null) {
      imageIds.add(leadId);
    }
    Map<Long, MediaImage> images = media.in(imageIds, article.lang);
    cards = ArticleCards.withImages(cards, images);
    long comments =
        Comment.count("article.id = ?1 and status = ?2", article.id, CommentStatus.APPROVED);
    return ArticleDetailJson.of(
        view,
        base + "/" + article.lang + "/" + article.slug,
        story.mustRead,
        translations(article, base),
        ArticleItems.load(cards, base).of(cards),
        comments,
        commentWindow.isOpen(story.commentsOpen, article.publishedAt),
        ImageJson.of(leadId == null ? null : images.get(leadId), base));
  }

  /** The story's other published versions, in the site's order of languages. */
  private List<TranslationJson> translations(Article article, String base) {
    List<String> order = languages.all().stream().map(language -> language.code()).toList();
    return Article.listPublishedVersions(article.story).stream()
        .filter(version -> !version.id.equals(article.id))
        .filter(version -> order.contains(version.lang))
        .sorted(Comparator.comparingInt(version -> order.indexOf(version.lang)))
        .map(
            version ->
                new TranslationJson(
                    version.lang,
                    version.id,
                    version.title,
                    base + "/" + version.lang + "/" + version.slug))
        .toList();
  }
}
