package io.gazette.author;

import io.gazette.account.Account;
import io.gazette.i18n.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** The byline of a story: a display name and a slug for the author's page. */
@Entity
@Table(name = "author")
@Cacheable
public class Author extends PanacheEntity {

  @Column(nullable = false, length = 100)
  public String name;

  @Column(nullable = false, length = 120, unique = true)
  public String slug;

  /** The newsroom account that writes under this byline, if any. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  public Account account;

  /** The byline of a newsroom account, created under its display name the first time. */
  public static Author forAccount(Account account) {
    return Author.<Author>find("account", account)
        .firstResultOptional()
        .orElseGet(
            () -> {
              Author author = new Author();
              author.name = account.displayName;
              author.account = account;
              author.slug = Slugs.unique(account.displayName, s -> count("slug", s) > 0);
              author.persist();
              return author;
            });
  }

  public static Optional<Author> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }
}
