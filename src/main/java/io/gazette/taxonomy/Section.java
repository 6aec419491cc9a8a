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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A section of the site (World, Economy...), named and slugged in each language. */
@Entity
@Table(name = "section")
@Cacheable
public class Section extends PanacheEntity {

  /** Order in the navigation. */
  public int position;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "section_label", joinColumns = @JoinColumn(name = "section_id"))
  @MapKeyColumn(name = "lang")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  public Map<String, LocalizedName> labels = new HashMap<>();

  /** The section's name in a language, if it has one there. */
  public Optional<LocalizedName> label(String lang) {
    return Optional.ofNullable(labels.get(lang));
  }

  public static List<Section> listInOrder() {
    return list("order by position, id");
  }

  public static Optional<Section> findBySlug(String lang, String slug) {
    return find(
            "select s from Section s join s.labels l where key(l) = ?1 and l.slug = ?2", lang, slug)
        .firstResultOptional();
  }
}
