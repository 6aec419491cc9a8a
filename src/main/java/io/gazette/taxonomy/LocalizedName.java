package io.gazette.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A name and its URL slug in one language, for sections and tags. */
@Embeddable
public class LocalizedName {

  @Column(nullable = false, length = 100)
  public String name;

  @Column(nullable = false, length = 120)
  public String slug;

  protected LocalizedName() {}

  public LocalizedName(String name, String slug) {
    this.name = name;
    this.slug = slug;
  }
}
