package io.gazette.listing;

import io.gazette.story.ArticleStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The lists the public API offers beside the articles: sections, tags and authors, each named in a
 * language with its count of published articles there.
 */
@ApplicationScoped
public class LabelReads {

  /** Makes a list's JSON record from its id, name, slug, reader page and article count. */
  @FunctionalInterface
  interface Json<J> {
    J of(long id, String name, String slug, String url, long articleCount);
  }

  // Every section named in the language, those without an article there too.
  private static final String SECTIONS =
      "select s.id, l.name, l.slug, (select count(a) from Article a where a.story.section = s"
          + " and a.lang = :lang and a.status = :published)"
          + " from Section s join s.labels l where key(l) = :lang order by s.position, s.id";

  private static final String TAGS =
      "select t.id, l.name, l.slug, count(distinct a.id) from Article a join a.story s"
          + " join s.tags t join t.labels l"
          + " where key(l) = :lang and a.lang = :lang and a.status = :published"
          + " group by t.id, l.name, l.slug order by l.name, t.id";

  private static final String AUTHORS =
      "select au.id, au.name, au.slug, count(a) from Article a join a.story s join s.author au"
          + " where a.lang = :lang and a.status = :published"
          + " group by au.id, au.name, au.slug order by au.name, au.id";

  /** The sections named in {@code lang}, in navigation order. */
  @Transactional
  public List<SectionJson> sections(String lang, String base) {
    return read(SECTIONS, lang, base + "/" + lang + "/section/", SectionJson::new);
  }

  /** The tags of at least one published article in {@code lang}, named there, by name. */
  @Transactional
  public List<TagJson> tags(String lang, String base) {
    return read(TAGS, lang, base + "/" + lang + "/tag/", TagJson::new);
  }

  /** The authors of at least one published article in {@code lang}, by name. */
  @Transactional
  public List<AuthorJson> authors(String lang, String base) {
    return read(AUTHORS, lang, base + "/" + lang + "/author/", AuthorJson::new);
  }

  /** Rows of id, name, slug and count, each made a record with its page under {@code pages}. */
  private static <J> List<J> read(String query, String lang, String pages, Json<J> json) {
    return Panache.getEntityManager()
        .createQuery(query, Object[].class)
        .setParameter("lang", lang)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getResultList()
        .stream()
        .map(
            row ->
                json.of(
                    (Long) row[0], (String) row[1], (String) row[2], pages + row[2], (Long) row[3]))
        .toList();
  }
}
