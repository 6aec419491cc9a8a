package io.gazette.library;

import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.media.ImageIngest;
import io.gazette.media.Ingested;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaCache;
import io.gazette.media.MediaFile;
import io.gazette.media.MediaImages;
import io.gazette.media.MediaRefusal;
import io.gazette.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;

/**
 * The newsroom's pictures: an upload is decoded and its renditions made before any transaction
 * starts, then the asset and all its files are stored in one, so a refused or failed upload leaves
 * nothing behind.
 */
@ApplicationScoped
public class MediaLibrary {

  private final ImageIngest ingest;
  private final MediaStore store;
  private final MediaCache cache;
  private final MediaUsage usage;
  private final PageCache pages;

  MediaLibrary(
      ImageIngest ingest, MediaStore store, MediaCache cache, MediaUsage usage, PageCache pages) {
    this.ingest = ingest;
    this.store = store;
    this.cache = cache;
    this.usage = usage;
    this.pages = pages;
  }

  /** Takes a file in as a new picture without texts; refused with the reason otherwise. */
  public MediaAsset upload(SignedIn member, String fileName, byte[] bytes) throws MediaRefusal {
    Ingested made = ingest.ingest(bytes);
    return store.create(member, FileNames.clean(fileName), bytes, made);
  }

  /** Puts a new file in the place of a picture's, keeping its texts and uses. */
  public MediaAsset replace(SignedIn member, long id, String fileName, byte[] bytes)
      throws MediaRefusal {
    Ingested made = ingest.ingest(bytes);
    var replaced = store.replace(member, id, FileNames.clean(fileName), bytes, made);
    cache.forget(replaced.retired());
    pages.invalidateAll();
    return replaced.asset();
  }

  /**
   * Saves the texts of some languages, if the picture is still at {@code version}; {@code member}
   * null for the demo.
   */
  @Transactional
  public MediaAsset saveTexts(SignedIn member, long id, int version, List<TextsInput> texts) {
    MediaAsset asset = locked(id);
    if (asset.version != version) {
      throw new StaleMedia();
    }
    for (TextsInput input : texts) {
      asset.texts.put(input.lang(), input.stored());
    }
    asset.searchKey = FileNames.searchKey(asset);
    asset.updatedAt = Instant.now();
    AuditEntry.record(
        member == null ? "demo" : member.username(), "media-texts", null, "media " + id);
    pages.invalidateAll();
    return asset;
  }

  /** Deletes a picture no story uses; refused with the uses otherwise. */
  @Transactional
  public void delete(SignedIn member, long id) {
    MediaAsset asset = locked(id);
    List<io.gazette.media.Rendition> renditions =
        MediaImages.renditions(List.of(id)).getOrDefault(id, List.of());
    List<Usage> uses = usage.of(id);
    if (!uses.isEmpty()) {
      throw new MediaInUse(uses);
    }
    MediaFile.delete("assetId", id);
    asset.delete();
    AuditEntry.record(member.username(), "media-delete", null, "media " + id);
    cache.forget(renditions);
  }

  /** The address of a picture's narrowest rendition, for a thumbnail; null when it has none. */
  @Transactional
  public String thumb(long id) {
    var renditions = MediaImages.renditions(List.of(id)).getOrDefault(id, List.of());
    return renditions.isEmpty() ? null : renditions.get(0).url();
  }

  /** A picture's renditions, narrowest first. */
  @Transactional
  public List<io.gazette.media.Rendition> renditions(long id) {
    return MediaImages.renditions(List.of(id)).getOrDefault(id, List.of());
  }

  /** The picture, or a 404. */
  @Transactional
  public MediaAsset get(long id) {
    MediaAsset asset = MediaAsset.findById(id);
    if (asset == null) {
      throw new NotFoundException();
    }
    asset.texts.size();
    return asset;
  }

  private static MediaAsset locked(long id) {
    MediaAsset asset = MediaAsset.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (asset == null) {
      throw new NotFoundException();
    }
    return asset;
  }
}
