package io.gazette.library;

import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.gazette.media.ImageKind;
import io.gazette.media.Ingested;
import io.gazette.media.InlineFigures;
import io.gazette.media.MediaAsset;
import io.gazette.media.MediaFile;
import io.gazette.media.MediaImages;
import io.gazette.media.Rendition;
import io.gazette.story.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;

/** Writes a taken-in picture and all its files in one transaction. */
@ApplicationScoped
class MediaStore {

  /** A replaced picture, and the renditions that are no longer served. */
  record Replaced(MediaAsset asset, List<Rendition> retired) {}

  private final InlineFigures figures;

  MediaStore(InlineFigures figures) {
    this.figures = figures;
  }

  @Transactional
  MediaAsset create(SignedIn member, String fileName, byte[] original, Ingested made) {
    MediaAsset asset = new MediaAsset();
    asset.uploadedBy = member == null ? null : member.accountId();
    describe(asset, fileName, original, made);
    asset.persist();
    files(asset.id, original, made);
    AuditEntry.record(
        member == null ? "demo" : member.username(), "media-upload", null, "media " + asset.id);
    return asset;
  }

  @Transactional
  Replaced replace(SignedIn member, long id, String fileName, byte[] original, Ingested made) {
    MediaAsset asset = MediaAsset.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (asset == null) {
      throw new NotFoundException();
    }
    List<Rendition> retired = MediaImages.renditions(List.of(id)).getOrDefault(id, List.of());
    MediaFile.delete("assetId", id);
    MediaFile.flush();
    describe(asset, fileName, original, made);
    files(id, original, made);
    refreshBodies(asset.id);
    AuditEntry.record(member.username(), "media-replace", null, "media " + id);
    return new Replaced(asset, retired);
  }

  /** Writes again the figures of one picture in every body that shows it. */
  private void refreshBodies(long assetId) {
    List<Article> showing =
        Article.list("bodyHtml like ?1", "%" + MediaUsage.inlineMark(assetId) + "%");
    for (Article article : showing) {
      article.bodyHtml = figures.normalize(article.bodyHtml, article.lang);
    }
  }

  private static void describe(MediaAsset asset, String fileName, byte[] original, Ingested made) {
    asset.fileName = fileName;
    asset.kind = made.kind();
    asset.width = made.width();
    asset.height = made.height();
    asset.byteSize = original.length;
    asset.originalHash = made.originalHash();
    asset.updatedAt = Instant.now();
    asset.searchKey = FileNames.searchKey(asset);
  }

  private static void files(long assetId, byte[] original, Ingested made) {
    MediaFile kept =
        file(assetId, MediaFile.Role.ORIGINAL, made.kind(), made.width(), made.height());
    kept.hash = made.originalHash();
    kept.bytes = original;
    kept.byteSize = original.length;
    kept.persist();
    for (Ingested.Made rendition : made.renditions()) {
      MediaFile served =
          file(
              assetId,
              MediaFile.Role.RENDITION,
              rendition.kind(),
              rendition.width(),
              rendition.height());
      served.hash = rendition.hash();
      served.bytes = rendition.bytes();
      served.byteSize = rendition.bytes().length;
      served.persist();
    }
  }

  private static MediaFile file(long assetId, MediaFile.Role role, ImageKind kind, int w, int h) {
    MediaFile file = new MediaFile();
    file.assetId = assetId;
    file.role = role;
    file.kind = kind;
    file.width = w;
    file.height = h;
    return file;
  }
}
