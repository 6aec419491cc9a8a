package io.gazette.account;

import io.gazette.GazetteConfig;
import io.gazette.admin.SignedIn;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signs newsroom members in and out, and recognises them by their session token. */
@ApplicationScoped
public class SessionService {

  /** How a sign-in attempt ended. */
  public enum Outcome {
    SIGNED_IN,
    REFUSED,
    THROTTLED
  }

  /** The outcome and, when signed in, the new session's token (shown to the client once). */
  public record SignInResult(Outcome outcome, String token) {}

  static final Duration BROWSER_LIFETIME = Duration.ofHours(12);
  static final Duration API_LIFETIME = Duration.ofDays(30);

  // Checked for unknown usernames too, so that the answer takes as long as for a wrong password.
  private static final String DECOY_HASH = BcryptUtil.bcryptHash(Tokens.random());

  /** How often at most a session's last use is written. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final SignInThrottle throttle;
  private final Duration idleTimeout;
  private final Duration apiIdleTimeout;

  SessionService(SignInThrottle throttle, GazetteConfig config) {
    this.throttle = throttle;
    this.idleTimeout = config.signIn().idleTimeout();
    this.apiIdleTimeout = config.signIn().apiIdleTimeout();
  }

  /**
   * Checks the password and opens a session; unknown users and wrong passwords look alike. Every
   * attempt the throttle lets through is logged and audited.
   */
  @Transactional
  public SignInResult signIn(String username, String password, SessionKind kind, String address) {
    if (throttle.blocked(username, address)) {
      SignInRecords.throttled(username, address, kind);
      return new SignInResult(Outcome.THROTTLED, null);
    }
    Optional<Account> account = Account.findByUsername(username);
    String hash = account.filter(a -> a.enabled).map(a -> a.passwordHash).orElse(DECOY_HASH);
    boolean matches = password != null && BcryptUtil.matches(password, hash);
    if (!matches || account.isEmpty() || !account.get().enabled) {
      throttle.failed(username, address);
      SignInRecords.refused(username, refusal(account, matches), address, kind);
      return new SignInResult(Outcome.REFUSED, null);
    }
    SignInRecords.signedIn(account.get(), address, kind);
    return new SignInResult(Outcome.SIGNED_IN, open(account.get(), kind));
  }

  /**
   * The member behind a live token of this kind, if any. A session unused for longer than the idle
   * timeout is removed instead; a use is recorded at most once a minute, not a write per request.
   */
  @Transactional
  public Optional<SignedIn> authenticate(String token, SessionKind kind) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Optional<AccountSession> found = AccountSession.findLive(Tokens.sha256(token), kind, now);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AccountSession session = found.get();
    if (session.lastUsedAt.isBefore(now.minus(idleTimeout(kind)))) {
      AccountSession.delete("id", session.id);
      return Optional.empty();
    }
    if (session.lastUsedAt.isBefore(now.minus(TOUCH_EVERY))) {
      AccountSession.touch(session.id, now, now.minus(TOUCH_EVERY));
    }
    return Optional.of(member(session));
  }

  /** Ends the session of this token, if it is live. */
  @Transactional
  public void signOut(String token) {
    if (token != null) {
      AccountSession.update(
          "revokedAt = ?1 where tokenHash = ?2 and revokedAt is null",
          Instant.now(),
          Tokens.sha256(token));
    }
  }

  /** Ends every session of an account, after it was disabled or its role or password changed. */
  @Transactional
  public void endAllSessions(long accountId) {
    AccountSession.revokeAll(Account.findById(accountId), Instant.now());
  }

  private Duration idleTimeout(SessionKind kind) {
    return kind == SessionKind.BROWSER ? idleTimeout : apiIdleTimeout;
  }

  private static SignInRecords.Refusal refusal(Optional<Account> account, boolean matches) {
    if (account.isEmpty()) {
      return SignInRecords.Refusal.UNKNOWN_USERNAME;
    }
    return matches || !account.get().enabled
        ? SignInRecords.Refusal.ACCOUNT_DISABLED
        : SignInRecords.Refusal.WRONG_PASSWORD;
  }

  private static SignedIn member(AccountSession session) {
    Account account = session.account;
    return new SignedIn(
        account.id,
        account.username,
        account.displayName,
        account.role,
        account.uiLanguage,
        session.csrfToken);
  }

  private static String open(Account account, SessionKind kind) {
    String token = Tokens.random();
    AccountSession session = new AccountSession();
    session.account = account;
    session.kind = kind;
    session.tokenHash = Tokens.sha256(token);
    session.csrfToken = Tokens.random();
    session.createdAt = Instant.now();
    session.lastUsedAt = session.createdAt;
    session.expiresAt =
        session.createdAt.plus(kind == SessionKind.BROWSER ? BROWSER_LIFETIME : API_LIFETIME);
    session.persist();
    return token;
  }
}
