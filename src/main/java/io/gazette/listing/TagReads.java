package io.gazette.listing;

import io.gazette.story.ArticleStatus;
import io.gazette.taxonomy.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The tags the public API lists: those of published articles in a language, by name. */
@ApplicationScoped
public class TagReads {

  private static final String USED =
      "select t.id, l.name, l.slug, count(distinct a.id) from Article a join a.story s"
          + " join s.tags t join t.labels l"
          + " where key(l) = :lang and a.lang = :lang and a.status = :published"
          + " group by t.id, l.name, l.slug order by l.name, t.id";

  /** The tags of at least one published article in {@code lang}, named there, with counts. */
  @Transactional
  public List<TagJson> inLanguage(String lang, String base) {
    return Tag.getEntityManager()
        .createQuery(USED, Object[].class)
        .setParameter("lang", lang)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getResultList()
        .stream()
        .map(
            row ->
                new TagJson(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    base + "/" + lang + "/tag/" + row[2],
                    (Long) row[3]))
        .toList();
  }
}
