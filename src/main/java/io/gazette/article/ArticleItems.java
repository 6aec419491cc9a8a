package io.gazette.article;

import io.gazette.story.ArticleCard;
import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns list cards into {@link ArticleJson}s: what the cards lack (tags in the article's language,
 * must-read flag, last update) is read for all of them in one statement, never one per article.
 */
public final class ArticleItems {

  private static final String EXTRAS =
      "select a.id, s.mustRead, a.updatedAt, t.id, l.name, l.slug"
          + " from Article a join a.story s left join s.tags t"
          + " left join t.labels l on key(l) = a.lang"
          + " where a.id in :ids order by a.id, t.id";

  /** What one article adds to its card. */
  private record Extra(boolean mustRead, Instant updatedAt, List<LabelJson> tags) {}

  private final Map<Long, Extra> extras;
  private final String base;

  private ArticleItems(Map<Long, Extra> extras, String base) {
    this.extras = extras;
    this.base = base;
  }

  /** Reads the extras of these cards; {@code base} makes their URLs absolute. */
  public static ArticleItems load(Collection<ArticleCard> cards, String base) {
    List<Long> ids = cards.stream().map(ArticleCard::id).distinct().toList();
    Map<Long, Extra> extras = new HashMap<>();
    if (!ids.isEmpty()) {
      List<Object[]> rows =
          Panache.getEntityManager()
              .createQuery(EXTRAS, Object[].class)
              .setParameter("ids", ids)
              .getResultList();
      for (Object[] row : rows) {
        Extra extra =
            extras.computeIfAbsent(
                (Long) row[0],
                id -> new Extra((Boolean) row[1], (Instant) row[2], new ArrayList<>()));
        if (row[4] != null) {
          extra.tags().add(new LabelJson((String) row[4], (String) row[5]));
        }
      }
    }
    return new ArticleItems(extras, base);
  }

  public List<ArticleJson> of(List<ArticleCard> cards) {
    return cards.stream().map(this::of).toList();
  }

  public ArticleJson of(ArticleCard card) {
    if (card == null) {
      return null;
    }
    Extra extra = extras.get(card.id());
    LabelJson section =
        card.sectionSlug() == null ? null : new LabelJson(card.sectionName(), card.sectionSlug());
    return new ArticleJson(
        card.id(),
        card.storyId(),
        card.lang(),
        card.slug(),
        base + card.path(),
        card.title(),
        card.standfirst(),
        card.publishedAt(),
        extra.updatedAt(),
        section,
        List.copyOf(extra.tags()),
        extra.mustRead(),
        ImageJson.of(card.image(), base));
  }
}
