package io.gazette.media;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/**
 * The bytes of one file of an asset: the original as uploaded (kept, never served) or a rendition
 * (served under its hash). Loaded only to write the disk cache, never with the asset.
 */
@Entity
@Table(name = "media_file")
public class MediaFile extends PanacheEntity {

  /** Which file of its asset this is. */
  public enum Role {
    ORIGINAL,
    RENDITION
  }

  @Column(name = "asset_id", nullable = false)
  public long assetId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public Role role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public ImageKind kind;

  @Column(nullable = false)
  public int width;

  @Column(nullable = false)
  public int height;

  @Column(nullable = false, length = 64)
  public String hash;

  @Column(name = "byte_size", nullable = false)
  public long byteSize;

  @Column(nullable = false)
  public byte[] bytes;

  /** The served rendition with this hash. */
  public static Optional<MediaFile> findRendition(String hash) {
    return find("hash = ?1 and role = ?2", hash, Role.RENDITION).firstResultOptional();
  }

  /** Every file of an asset. */
  public static List<MediaFile> listOf(long assetId) {
    return list("assetId", assetId);
  }
}
