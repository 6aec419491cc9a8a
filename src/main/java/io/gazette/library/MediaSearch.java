package io.gazette.library;

import io.gazette.i18n.Folding;
import io.gazette.i18n.Language;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaImage;
import io.gazette.media.MediaImages;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The library grid: pictures matching a search and filters, newest first, a page at a time. */
@ApplicationScoped
public class MediaSearch {

  /** One picture in the grid: its thumbnail and the names of the languages it lacks alt text in. */
  public record Item(MediaAsset asset, MediaImage thumb, List<String> missingAlt) {}

  /** A page of the grid. */
  public record Found(
      List<Item> items, int page, int pages, long total, String previous, String next) {}

  private static final String MISSING =
      " and not exists (select 1 from MediaAsset m join m.texts t"
          + " where m.id = a.id and key(t) = :lang and t.alt <> '')";
  private static final String UNUSED =
      " and not exists (select 1 from Story s where s.leadImage.id = a.id)"
          + " and not exists (select 1 from Article ar where ar.bodyHtml like"
          + " concat('%data-media-id=\"', cast(a.id as String), '\"%'))";

  private final MediaImages images;

  MediaSearch(MediaImages images) {
    this.images = images;
  }

  /** The page the query asks for, the thumbnails' texts in {@code lang}. */
  @Transactional
  public Found find(MediaQuery query, List<Language> languages, String lang) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, params);
    long total = count(where, params);
    int pages = (int) Math.max(1, (total + MediaQuery.SIZE - 1) / MediaQuery.SIZE);
    int page = Math.min(query.page(), pages);
    TypedQuery<MediaAsset> select =
        Panache.getEntityManager()
            .createQuery(
                "select a from MediaAsset a where 1 = 1"
                    + where
                    + " order by a.createdAt desc, a.id desc",
                MediaAsset.class);
    params.forEach(select::setParameter);
    List<MediaAsset> assets =
        select
            .setFirstResult((page - 1) * MediaQuery.SIZE)
            .setMaxResults(MediaQuery.SIZE)
            .getResultList();
    Map<Long, MediaImage> thumbs = images.in(assets.stream().map(a -> a.id).toList(), lang);
    List<Item> items =
        assets.stream().map(a -> new Item(a, thumbs.get(a.id), missingAlt(a, languages))).toList();
    String previous = page > 1 ? query.link(page - 1) : null;
    String next = page < pages ? query.link(page + 1) : null;
    return new Found(items, page, pages, total, previous, next);
  }

  private static String where(MediaQuery query, Map<String, Object> params) {
    StringBuilder where = new StringBuilder();
    if (!query.q().isEmpty()) {
      where.append(" and a.searchKey like :pattern escape '!'");
      params.put("pattern", Folding.containing(query.q()));
    }
    if (query.missing() != null) {
      where.append(MISSING);
      params.put("lang", query.missing());
    }
    if (query.unused()) {
      where.append(UNUSED);
    }
    return where.toString();
  }

  private static long count(String where, Map<String, Object> params) {
    TypedQuery<Long> count =
        Panache.getEntityManager()
            .createQuery("select count(a) from MediaAsset a where 1 = 1" + where, Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private static List<String> missingAlt(MediaAsset asset, List<Language> languages) {
    return languages.stream()
        .filter(language -> asset.alt(language.code()).isEmpty())
        .map(Language::name)
        .toList();
  }
}
