package io.gazette.media;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Pictures as a language shows them, many at a time: two statements for any number. */
@ApplicationScoped
public class MediaImages {

  /** The width of the rendition a page names in {@code src}, for browsers without srcset. */
  static final int DEFAULT_WIDTH = 960;

  /** The pictures with these ids in a language, by id; ids without a picture are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, MediaImage> in(Collection<Long> ids, String lang) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<Rendition>> renditions = renditions(ids);
    Map<Long, MediaImage> images = new HashMap<>();
    // The texts come with their assets: one statement, not one more per batch of assets.
    for (MediaAsset asset :
        MediaAsset.<MediaAsset>list(
            "select distinct a from MediaAsset a left join fetch a.texts where a.id in ?1", ids)) {
      List<Rendition> own = renditions.getOrDefault(asset.id, List.of());
      if (!own.isEmpty()) {
        images.put(asset.id, image(asset, own, lang));
      }
    }
    return images;
  }

  /** One picture in a language. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MediaImage> one(Long id, String lang) {
    return id == null ? Optional.empty() : Optional.ofNullable(in(List.of(id), lang).get(id));
  }

  /** A picture in a language, from an asset whose renditions are known. */
  public static MediaImage image(MediaAsset asset, List<Rendition> renditions, String lang) {
    MediaText text = asset.text(lang).orElse(new MediaText("", "", ""));
    Rendition shown =
        renditions.stream()
            .filter(r -> r.width() >= DEFAULT_WIDTH)
            .findFirst()
            .orElse(renditions.get(renditions.size() - 1));
    return new MediaImage(
        asset.id,
        shown.url(),
        shown.width(),
        shown.height(),
        text.alt,
        text.caption,
        text.credit,
        renditions);
  }

  /** Every rendition of these assets, narrowest first, without their bytes. */
  public static Map<Long, List<Rendition>> renditions(Collection<Long> ids) {
    return Panache.getEntityManager()
        .createQuery(
            "select new io.gazette.media.Rendition(f.assetId, f.width, f.height, f.hash, f.kind)"
                + " from MediaFile f where f.assetId in :ids and f.role = :role order by f.width",
            Rendition.class)
        .setParameter("ids", ids)
        .setParameter("role", MediaFile.Role.RENDITION)
        .getResultStream()
        .collect(Collectors.groupingBy(Rendition::assetId));
  }
}
