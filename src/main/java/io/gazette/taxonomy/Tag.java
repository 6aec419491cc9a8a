package io.gazette.taxonomy;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.util.Optional;

/** A keyword shared by stories, named and slugged in each language. */
@Entity
@Table(name = "tag")
@Cacheable
@AssociationOverride(
    name = "labels",
    joinTable = @JoinTable(name = "tag_label", joinColumns = @JoinColumn(name = "tag_id")))
public class Tag extends LabelledEntity {

  public static Optional<Tag> findBySlug(String lang, String slug) {
    return find("select t from Tag t join t.labels l where key(l) = ?1 and l.slug = ?2", lang, slug)
        .firstResultOptional();
  }
}
