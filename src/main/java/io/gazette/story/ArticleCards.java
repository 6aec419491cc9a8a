package io.gazette.story;

import io.gazette.media.MediaImage;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Finders that return published articles of one language as list cards, newest first. */
public final class ArticleCards {

  private static final String SELECT =
      "select new io.gazette.story.ArticleCard(a.id, s.id, a.lang, a.title, a.slug,"
          + " a.standfirst, a.publishedAt, sec.id, l.name, l.slug, s.leadImage.id)"
          + " from Article a join a.story s join s.section sec"
          + " left join sec.labels l on key(l) = a.lang";
  private static final String PUBLISHED_IN = " where a.lang = :lang and a.status = :published";
  private static final String NEWEST_FIRST = " order by a.publishedAt desc, a.id desc";

  /** The filter of a tag's articles, the tag's id bound to {@code :id}. */
  public static final String TAGGED =
      "exists (select 1 from Story st join st.tags t where st.id = s.id and t.id = :id)";

  private ArticleCards() {}

  /** The lead picture ids of these cards, to resolve them all at once. */
  public static Set<Long> imageIds(Collection<ArticleCard> cards) {
    return cards.stream()
        .map(ArticleCard::leadImageId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  /** These cards with their pictures among {@code images}. */
  public static List<ArticleCard> withImages(
      List<ArticleCard> cards, Map<Long, MediaImage> images) {
    return cards.stream().map(card -> card.withImage(images)).toList();
  }

  /** The newest articles of a language, leaving out one story (use 0 to leave out none). */
  public static List<ArticleCard> latest(String lang, long exceptStoryId, int limit) {
    return query(" and s.id <> :except", Map.of("except", exceptStoryId), lang)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The newest must-read articles of a language, leaving out one story (0 for none). */
  public static List<ArticleCard> mustRead(String lang, long exceptStoryId, int limit) {
    return query(
            " and s.mustRead = true and s.id <> :except", Map.of("except", exceptStoryId), lang)
        .setMaxResults(limit)
        .getResultList();
  }

  /** One page of a listing narrowed by {@code filter}, a condition on {@code a} or {@code s}. */
  public static List<ArticleCard> page(
      String lang, String filter, Map<String, Object> params, int page, int size) {
    return query(" and " + filter, params, lang)
        .setFirstResult((page - 1) * size)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many published articles of a language match {@code filter}. */
  public static long count(String lang, String filter, Map<String, Object> params) {
    var query =
        Panache.getEntityManager()
            .createQuery(
                "select count(a) from Article a join a.story s" + PUBLISHED_IN + " and " + filter,
                Long.class);
    bind(query, params, lang);
    return query.getSingleResult();
  }

  /** How many published articles match {@code filter}, per language that has any. */
  public static Map<String, Long> countByLanguage(String filter, Map<String, Object> params) {
    var query =
        Panache.getEntityManager()
            .createQuery(
                "select a.lang, count(a) from Article a join a.story s where a.status = :published"
                    + " and "
                    + filter
                    + " group by a.lang",
                Object[].class)
            .setParameter("published", ArticleStatus.PUBLISHED);
    params.forEach(query::setParameter);
    Map<String, Long> counts = new HashMap<>();
    query.getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /**
   * Up to {@code limit} published articles of a language narrowed by {@code filter} and sorted by
   * {@code order} (both in terms of {@code a} the article, {@code s} its story and {@code sec} its
   * section).
   */
  public static List<ArticleCard> ranked(
      String lang, String filter, String order, Map<String, Object> params, int limit) {
    var query =
        Panache.getEntityManager()
            .createQuery(
                SELECT + PUBLISHED_IN + " and " + filter + " order by " + order, ArticleCard.class);
    bind(query, params, lang);
    return query.setMaxResults(limit).getResultList();
  }

  private static TypedQuery<ArticleCard> query(
      String filter, Map<String, Object> params, String lang) {
    var query =
        Panache.getEntityManager()
            .createQuery(SELECT + PUBLISHED_IN + filter + NEWEST_FIRST, ArticleCard.class);
    bind(query, params, lang);
    return query;
  }

  private static void bind(TypedQuery<?> query, Map<String, Object> params, String lang) {
    query.setParameter("lang", lang).setParameter("published", ArticleStatus.PUBLISHED);
    params.forEach(query::setParameter);
  }
}
