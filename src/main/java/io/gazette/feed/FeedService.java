package io.gazette.feed;

import io.gazette.GazetteConfig;
import io.gazette.media.MediaImage;
import io.gazette.media.MediaImages;
import io.gazette.story.Article;
import io.gazette.story.ArticleCards;
import io.gazette.story.ArticleStatus;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the newest published articles of a feed, in three statements whatever its length: their
 * ids, the articles with story, byline, section and tags, then their pictures. Unknown sections and
 * tags have no feed, nor has a tag without a published article in the language, exactly as their
 * listings answer 404.
 */
@ApplicationScoped
public class FeedService {

  private static final String SECTION = "s.section.id = :id";

  private final MediaImages media;
  private final int size;

  FeedService(MediaImages media, GazetteConfig config) {
    this.media = media;
    this.size = config.feeds().items();
  }

  /** A language's newest articles. */
  @Transactional
  public FeedContent language(String lang) {
    return new FeedContent(null, "/" + lang + "/", items(lang, "1 = 1", Map.of()));
  }

  /** A section's newest articles, if it has this slug in the language. */
  @Transactional
  public Optional<FeedContent> section(String lang, String slug) {
    return Section.findBySlug(lang, slug)
        .map(
            section ->
                new FeedContent(
                    section.labels.get(lang).name,
                    "/" + lang + "/section/" + slug,
                    items(lang, SECTION, Map.of("id", section.id))));
  }

  /** A tag's newest articles, if it has this slug and a published article in the language. */
  @Transactional
  public Optional<FeedContent> tag(String lang, String slug) {
    return Tag.findBySlug(lang, slug)
        .map(
            tag ->
                new FeedContent(
                    tag.labels.get(lang).name,
                    "/" + lang + "/tag/" + slug,
                    items(lang, ArticleCards.TAGGED, Map.of("id", tag.id))))
        .filter(feed -> !feed.items().isEmpty());
  }

  private List<FeedItem> items(String lang, String filter, Map<String, Object> params) {
    List<Article> articles = articles(newest(lang, filter, params));
    List<Long> imageIds =
        articles.stream().map(a -> a.story.leadImageId()).filter(Objects::nonNull).toList();
    Map<Long, MediaImage> images = media.in(imageIds, lang);
    return articles.stream().map(a -> item(a, images)).toList();
  }

  private List<Long> newest(String lang, String filter, Map<String, Object> params) {
    var query =
        Panache.getEntityManager()
            .createQuery(
                "select a.id from Article a join a.story s where a.lang = :lang"
                    + " and a.status = :published and "
                    + filter
                    + " order by a.publishedAt desc, a.id desc",
                Long.class)
            .setParameter("lang", lang)
            .setParameter("published", ArticleStatus.PUBLISHED)
            .setMaxResults(size);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  /** The articles with everything an item shows; no row limit here, the ids are limited. */
  private static List<Article> articles(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return Article.<Article>list(
            "select distinct a from Article a join fetch a.story s join fetch s.author"
                + " join fetch s.section left join fetch s.tags where a.id in ?1",
            ids)
        .stream()
        .sorted(
            Comparator.comparing((Article a) -> a.publishedAt).thenComparing(a -> a.id).reversed())
        .toList();
  }

  private static FeedItem item(Article article, Map<Long, MediaImage> images) {
    var story = article.story;
    List<String> categories =
        Stream.concat(
                Stream.of(story.section.label(article.lang)),
                story.tags.stream()
                    .sorted(Comparator.comparing(tag -> tag.id))
                    .map(tag -> tag.label(article.lang)))
            .flatMap(Optional::stream)
            .map(label -> label.name)
            .collect(Collectors.toList());
    var updated =
        article.updatedAt.isAfter(article.publishedAt) ? article.updatedAt : article.publishedAt;
    Long imageId = story.leadImageId();
    return new FeedItem(
        article.title,
        "/" + article.lang + "/" + article.slug,
        article.standfirst,
        article.publishedAt,
        updated,
        story.author.name,
        categories,
        imageId == null ? null : images.get(imageId));
  }
}
