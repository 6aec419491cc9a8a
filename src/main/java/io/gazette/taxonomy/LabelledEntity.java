package io.gazette.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MappedSuperclass;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A section or tag: named and slugged in each language, in a table of its own that each subclass
 * names with an {@code @AssociationOverride} of {@code labels}.
 */
@MappedSuperclass
public abstract class LabelledEntity extends PanacheEntity {

  @ElementCollection(fetch = FetchType.EAGER)
  @MapKeyColumn(name = "lang")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  public Map<String, LocalizedName> labels = new HashMap<>();

  /** The name in a language, if it has one there. */
  public Optional<LocalizedName> label(String lang) {
    return Optional.ofNullable(labels.get(lang));
  }
}
