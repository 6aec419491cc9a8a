package io.gazette.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A word, email or client address whose comments go straight to spam. */
@Entity
@Table(name = "blocked_term")
public class BlockedTerm extends PanacheEntity {

  /** What a term is matched against. */
  public enum Kind {
    /** A word or phrase in the name or the text, whatever its case. */
    WORD,
    /** An email, or every email of a domain when it starts with {@code @}. */
    EMAIL,
    /** A client address, or every address starting so when it ends with {@code *}. */
    ADDRESS
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Kind kind;

  /** Stored lower-case. */
  @Column(nullable = false, length = 254)
  public String term;

  @Column(name = "created_by", length = 64)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  public static List<BlockedTerm> listInOrder() {
    return list("order by kind, term");
  }

  public static boolean exists(Kind kind, String term) {
    return count("kind = ?1 and term = ?2", kind, term) > 0;
  }
}
