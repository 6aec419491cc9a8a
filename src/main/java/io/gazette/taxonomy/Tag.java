package io.gazette.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A keyword shared by stories, named and slugged in each language. */
@Entity
@Table(name = "tag")
@Cacheable
public class Tag extends PanacheEntity {

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tag_label", joinColumns = @JoinColumn(name = "tag_id"))
  @MapKeyColumn(name = "lang")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  public Map<String, LocalizedName> labels = new HashMap<>();

  /** The tag's name in a language, if it has one there. */
  public Optional<LocalizedName> label(String lang) {
    return Optional.ofNullable(labels.get(lang));
  }

  public static Optional<Tag> findBySlug(String lang, String slug) {
    return find("select t from Tag t join t.labels l where key(l) = ?1 and l.slug = ?2", lang, slug)
        .firstResultOptional();
  }
}
