package io.gazette.media;

import io.gazette.story.Story;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Pictures for tests: an asset ingested as an upload would be, and a story's lead picture. */
@ApplicationScoped
public class MediaFixtures {

  private final ImageIngest ingest;
  private final PageCache pages;

  MediaFixtures(ImageIngest ingest, PageCache pages) {
    this.ingest = ingest;
    this.pages = pages;
  }

  /** French and English texts, each naming its language, for {@link #asset(int, int, Map)}. */
  public static Map<String, MediaText> bilingual(String mark) {
    return Map.of(
        "fr", new MediaText("Texte alternatif " + mark, "Légende " + mark, "Crédit " + mark),
        "en", new MediaText("Alt text " + mark, "Caption " + mark, "Credit " + mark));
  }

  /** A new asset of a picture of this size (different from every other), with these texts. */
  @Transactional
  public long asset(int width, int height, Map<String, MediaText> texts) {
    byte[] bytes = TestImages.unique(width, height);
    Ingested made;
    try {
      made = ingest.ingest(bytes);
    } catch (MediaRefusal refused) {
      throw new IllegalStateException(refused);
    }
    MediaAsset asset = new MediaAsset();
    asset.fileName = "test-" + made.originalHash().substring(0, 8) + ".jpg";
    asset.kind = made.kind();
    asset.width = made.width();
    asset.height = made.height();
    asset.byteSize = bytes.length;
    asset.originalHash = made.originalHash();
    asset.texts.putAll(texts);
    asset.persist();
    file(
        asset.id,
        MediaFile.Role.ORIGINAL,
        made.kind(),
        made.width(),
        made.height(),
        made.originalHash(),
        bytes);
    for (Ingested.Made rendition : made.renditions()) {
      file(
          asset.id,
          MediaFile.Role.RENDITION,
          rendition.kind(),
          rendition.width(),
          rendition.height(),
          rendition.hash(),
          rendition.bytes());
    }
    return asset.id;
  }

  /** Makes the asset the story's lead picture (null for none). */
  @Transactional
  public void lead(long storyId, Long assetId) {
    Story story = Story.findById(storyId);
    story.leadImage = assetId == null ? null : MediaAsset.findById(assetId);
    pages.invalidateAll();
  }

  /** Deletes the asset's renditions, as a failed or half-finished upload would leave it. */
  @Transactional
  public void dropRenditions(long assetId) {
    MediaFile.delete("assetId = ?1 and role = ?2", assetId, MediaFile.Role.RENDITION);
    pages.invalidateAll();
  }

  private static void file(
      long assetId,
      MediaFile.Role role,
      ImageKind kind,
      int width,
      int height,
      String hash,
      byte[] bytes) {
    MediaFile file = new MediaFile();
    file.assetId = assetId;
    file.role = role;
    file.kind = kind;
    file.width = width;
    file.height = height;
    file.hash = hash;
    file.byteSize = bytes.length;
    file.bytes = bytes;
    file.persist();
  }
}
