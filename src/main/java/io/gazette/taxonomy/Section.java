package io.gazette.taxonomy;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** A section of the site (World, Economy...), named and slugged in each language. */
@Entity
@Table(name = "section")
@Cacheable
@AssociationOverride(
    name = "labels",
    joinTable = @JoinTable(name = "section_label", joinColumns = @JoinColumn(name = "section_id")))
public class Section extends LabelledEntity {

  /** Order in the navigation. */
  public int position;

  public static List<Section> listInOrder() {
    return list("order by position, id");
  }

  public static Optional<Section> findBySlug(String lang, String slug) {
    return find(
            "select s from Section s join s.labels l where key(l) = ?1 and l.slug = ?2", lang, slug)
        .firstResultOptional();
  }
}
