package io.gazette.sitemap;

import io.gazette.i18n.Language;
import io.gazette.i18n.Languages;
import io.gazette.story.ArticleStatus;
import io.gazette.taxonomy.LabelledEntity;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import io.gazette.web.Layout;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of a language besides articles: its home, and each section, tag and author page with a
 * published article in it. Their versions are the languages where they have published articles too,
 * as their listings link them. One grouped statement each, whatever the number of articles.
 */
@ApplicationScoped
public class SitemapListings {

  private static final String GROUPED =
      " a.lang, max(a.updatedAt), max(a.publishedAt) from Article a join a.story s";

  private final Languages languages;
  private final Layout layout;

  SitemapListings(Languages languages, Layout layout) {
    this.languages = languages;
    this.layout = layout;
  }

  /** The language's home, then its sections, tags and authors, each in id order. */
  @Transactional
  public List<SitemapUrl> in(Language language) {
    String lang = language.code();
    List<SitemapUrl> urls = new ArrayList<>();
    urls.add(home(lang));
    labelled(Section.class, "section", "s.section.id", "", lang, urls);
    labelled(Tag.class, "tag", "t.id", " join s.tags t", lang, urls);
    authors(lang, urls);
    return urls;
  }

  /**
   * The home links every language's home, and the default language's as x-default, as its head does
   * (the rule of every page: {@code /} only redirects).
   */
  private SitemapUrl home(String lang) {
    Map<String, String> paths = new LinkedHashMap<>();
    languages.all().forEach(other -> paths.put(other.code(), "/" + other.code() + "/"));
    return new SitemapUrl("/" + lang + "/", newestIn(lang), layout.hreflangs(paths, lang));
  }

  private <E extends LabelledEntity> void labelled(
      Class<E> type, String kind, String key, String join, String lang, List<SitemapUrl> urls) {
    // Every section or tag with its names in one statement: the taxonomy, never the articles.
    Map<Long, E> all = new java.util.HashMap<>();
    Panache.getEntityManager()
        .createQuery(
            "select distinct e from " + type.getSimpleName() + " e left join fetch e.labels", type)
        .getResultList()
        .forEach(e -> all.put(e.id, e));
    SitemapListings.<Long>dates(key, join)
        .forEach(
            (id, byLang) -> {
              E label = all.get(id);
              if (byLang.containsKey(lang) && label != null && label.labels.containsKey(lang)) {
                Map<String, String> paths = new LinkedHashMap<>();
                label.labels.forEach(
                    (code, name) -> {
                      if (byLang.containsKey(code)) {
                        paths.put(code, "/" + code + "/" + kind + "/" + name.slug);
                      }
                    });
                urls.add(url(paths, lang, byLang.get(lang)));
              }
            });
  }

  private void authors(String lang, List<SitemapUrl> urls) {
    SitemapListings.<String>dates("s.author.slug", "")
        .forEach(
            (slug, byLang) -> {
              if (byLang.containsKey(lang)) {
                Map<String, String> paths = new LinkedHashMap<>();
                byLang.keySet().forEach(code -> paths.put(code, "/" + code + "/author/" + slug));
                urls.add(url(paths, lang, byLang.get(lang)));
              }
            });
  }

  private SitemapUrl url(Map<String, String> paths, String lang, Instant lastmod) {
    return new SitemapUrl(paths.get(lang), lastmod, layout.hreflangs(paths, lang));
  }

  /** The newest change of the published articles of each {@code key}, per language. */
  @SuppressWarnings("unchecked")
  private static <K> Map<K, Map<String, Instant>> dates(String key, String join) {
    var rows =
        Panache.getEntityManager()
            .createQuery(
                "select "
                    + key
                    + ","
                    + GROUPED
                    + join
                    + " where a.status = :published"
                    + " group by "
                    + key
                    + ", a.lang",
                Object[].class)
            .setParameter("published", ArticleStatus.PUBLISHED)
            .getResultList();
    Map<K, Map<String, Instant>> dates = new TreeMap<>();
    for (Object[] row : rows) {
      Instant newest = later((Instant) row[2], (Instant) row[3]);
      dates.computeIfAbsent((K) row[0], k -> new TreeMap<>()).put((String) row[1], newest);
    }
    return dates;
  }

  /** The newest change of the language's published articles, or null when it has none. */
  private static Instant newestIn(String lang) {
    Object[] row =
        Panache.getEntityManager()
            .createQuery(
                "select max(a.updatedAt), max(a.publishedAt) from Article a"
                    + " where a.lang = :lang and a.status = :published",
                Object[].class)
            .setParameter("lang", lang)
            .setParameter("published", ArticleStatus.PUBLISHED)
            .getSingleResult();
    return later((Instant) row[0], (Instant) row[1]);
  }

  static Instant later(Instant updated, Instant published) {
    if (updated == null || published == null) {
      return updated == null ? published : updated;
    }
    return published.isAfter(updated) ? published : updated;
  }
}
