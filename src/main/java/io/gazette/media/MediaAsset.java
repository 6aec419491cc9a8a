package io.gazette.media;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One picture of the library: the file's facts and its texts in every language. */
@Entity
@Table(name = "media_asset")
public class MediaAsset extends PanacheEntity {

  @Column(name = "file_name", nullable = false)
  public String fileName;

  /** The file name and every text, folded (lower case, no accents), for search. */
  @Column(name = "search_key", nullable = false, length = 2000)
  public String searchKey = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public ImageKind kind;

  @Column(nullable = false)
  public int width;

  @Column(nullable = false)
  public int height;

  @Column(name = "byte_size", nullable = false)
  public long byteSize;

  @Column(name = "original_hash", nullable = false, length = 64)
  public String originalHash;

  /** The account that uploaded it; null once that account is gone. */
  @Column(name = "uploaded_by")
  public Long uploadedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "media_text", joinColumns = @JoinColumn(name = "asset_id"))
  @MapKeyColumn(name = "lang")
  public Map<String, MediaText> texts = new HashMap<>();

  @Version public int version;

  /** The texts in a language, if any were written in it. */
  public Optional<MediaText> text(String lang) {
    return Optional.ofNullable(texts.get(lang));
  }

  /** The alt text in a language, empty when none is written. */
  public String alt(String lang) {
    return text(lang).map(t -> t.alt).orElse("");
  }
}
