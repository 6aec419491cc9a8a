package io.gazette.story;

import io.gazette.account.Account;
import io.gazette.author.Author;
import io.gazette.media.MediaAsset;
import io.gazette.taxonomy.Section;
import io.gazette.taxonomy.Tag;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The language-independent part of a news story; its text lives in one article per language. */
@Entity
@Table(name = "story")
public class Story extends PanacheEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id")
  public Section section;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  public Author author;

  @ManyToMany
  @JoinTable(
      name = "story_tag",
      joinColumns = @JoinColumn(name = "story_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  public Set<Tag> tags = new HashSet<>();

  /** The account that created the story; authors may only work on their own. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  public Account owner;

  @Column(name = "must_read")
  public boolean mustRead;

  @Column(name = "comments_open")
  public boolean commentsOpen = true;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  /** Until when the story is breaking news (pushed to apps and webhooks); null when it is not. */
  @Column(name = "breaking_until")
  public Instant breakingUntil;

  /** The picture that leads the story on its pages and cards; null when it has none. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_image_id")
  public MediaAsset leadImage;

  /** The lead picture's id, read from the proxy so that the picture is not loaded; or null. */
  public Long leadImageId() {
    return leadImage == null
        ? null
        : (Long)
            Panache.getEntityManager()
                .getEntityManagerFactory()
                .getPersistenceUnitUtil()
                .getIdentifier(leadImage);
  }

  @OneToMany(mappedBy = "story")
  public List<Article> articles = new ArrayList<>();

  @Version public int version;
}
