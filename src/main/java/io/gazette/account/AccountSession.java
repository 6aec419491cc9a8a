package io.gazette.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in newsroom session, kept on the server so that signing out, disabling an account or
 * changing its role ends it at once; only the SHA-256 of its token is stored.
 */
@Entity
@Table(name = "account_session")
public class AccountSession extends PanacheEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  public Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public SessionKind kind;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true)
  public String tokenHash;

  /** The token every state-changing form of this session must carry. */
  @Column(name = "csrf_token", nullable = false, length = 64)
  public String csrfToken;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  /** When the session last served a request, written at most once a minute. */
  @Column(name = "last_used_at", nullable = false)
  public Instant lastUsedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** The live session with this token hash and kind, with its account loaded. */
  public static Optional<AccountSession> findLive(String tokenHash, SessionKind kind, Instant now) {
    return find(
            "from AccountSession s join fetch s.account a where s.tokenHash = ?1 and s.kind = ?2"
                + " and s.revokedAt is null and s.expiresAt > ?3 and a.enabled = true",
            tokenHash,
            kind,
            now)
        .singleResultOptional();
  }

  /** Records a use now, unless one was recorded since {@code unlessSince}: one write a minute. */
  public static void touch(long id, Instant now, Instant unlessSince) {
    update("lastUsedAt = ?1 where id = ?2 and lastUsedAt < ?3", now, id, unlessSince);
  }

  /** Ends every live session of an account; returns how many there were. */
  public static long revokeAll(Account account, Instant now) {
    return update("revokedAt = ?1 where account = ?2 and revokedAt is null", now, account);
  }
}
