package io.gazette.listing;

import io.gazette.author.Author;
import io.gazette.story.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The authors the public API lists: those with published articles in a language, by name. */
@ApplicationScoped
public class AuthorReads {

  private static final String WRITING =
      "select au.id, au.name, au.slug, count(a) from Article a join a.story s join s.author au"
          + " where a.lang = :lang and a.status = :published"
          + " group by au.id, au.name, au.slug order by au.name, au.id";

  /** The authors of at least one published article in {@code lang}, with counts. */
  @Transactional
  public List<AuthorJson> inLanguage(String lang, String base) {
    return Author.getEntityManager()
        .createQuery(WRITING, Object[].class)
        .setParameter("lang", lang)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getResultList()
        .stream()
        .map(
            row ->
                new AuthorJson(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    base + "/" + lang + "/author/" + row[2],
                    (Long) row[3]))
        .toList();
  }
}
