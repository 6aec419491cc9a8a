package io.gazette.listing;

import io.gazette.story.ArticleStatus;
import io.gazette.taxonomy.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sections the public API lists: every section named in a language, in navigation order. */
@ApplicationScoped
public class SectionReads {

  private static final String COUNTS =
      "select a.story.section.id, count(a) from Article a"
          + " where a.lang = :lang and a.status = :published group by a.story.section.id";

  /** The sections named in {@code lang} with their published article counts there. */
  @Transactional
  public List<SectionJson> inLanguage(String lang, String base) {
    Map<Long, Long> counts = new HashMap<>();
    Section.getEntityManager()
        .createQuery(COUNTS, Object[].class)
        .setParameter("lang", lang)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return Section.listInOrder().stream()
        .filter(section -> section.labels.containsKey(lang))
        .map(
            section -> {
              var label = section.labels.get(lang);
              return new SectionJson(
                  section.id,
                  label.name,
                  label.slug,
                  base + "/" + lang + "/section/" + label.slug,
                  counts.getOrDefault(section.id, 0L));
            })
        .toList();
  }
}
