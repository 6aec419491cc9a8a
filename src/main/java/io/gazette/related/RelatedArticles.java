package io.gazette.related;

import io.gazette.story.ArticleCard;
import io.gazette.story.ArticleCards;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Related articles, v1: published articles in the same language, never the story itself, ranked by
 * tags shared with the story, then the same section, then recency.
 */
@ApplicationScoped
public class RelatedArticles {

  public static final int LIMIT = 6;

  private static final String NOT_ITSELF = "s.id <> :storyId";
  private static final String RANKING =
      "(select count(t) from Story s2 join s2.tags t where s2.id = s.id and t.id in :tagIds) * 3"
          + " + case when sec.id = :sectionId then 2 else 0 end desc,"
          + " a.publishedAt desc, a.id desc";

  /** Up to {@link #LIMIT} articles related to a story, in the language of the page. */
  public List<ArticleCard> forStory(String lang, long storyId, long sectionId, List<Long> tagIds) {
    var params =
        Map.<String, Object>of(
            "storyId", storyId,
            "sectionId", sectionId,
            // "in ()" is not valid SQL: an id that cannot exist stands for "no tags".
            "tagIds", tagIds.isEmpty() ? List.of(-1L) : tagIds);
    return ArticleCards.ranked(lang, NOT_ITSELF, RANKING, params, LIMIT);
  }
}
