package io.gazette.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a picture says in one language: its alt text, caption and credit, each possibly empty. */
@Embeddable
public class MediaText {

  @Column(nullable = false, length = 500)
  public String alt = "";

  @Column(nullable = false, length = 1000)
  public String caption = "";

  @Column(nullable = false, length = 300)
  public String credit = "";

  protected MediaText() {}

  public MediaText(String alt, String caption, String credit) {
    this.alt = alt;
    this.caption = caption;
    this.credit = credit;
  }
}
