package io.gazette.account;

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

  private final SignInThrottle throttle;

  SessionService(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  /** Checks the password and opens a session; unknown users and wrong passwords look alike. */
  @Transactional
  public SignInResult signIn(String username, String password, SessionKind kind, String address) {
    if (throttle.blocked(username, address)) {
      return new SignInResult(Outcome.THROTTLED, null);
    }
    Optional<Account> account =
        username == null ? Optional.empty() : Account.findByUsername(username.trim());
    String hash = account.filter(a -> a.enabled).map(a -> a.passwordHash).orElse(DECOY_HASH);
    boolean matches = password != null && BcryptUtil.matches(password, hash);
    if (!matches || account.isEmpty() || !account.get().enabled) {
      throttle.failed(username, address);
      return new SignInResult(Outcome.REFUSED, null);
    }
    return new SignInResult(Outcome.SIGNED_IN, open(account.get(), kind));
  }

  /** The member behind a live token of this kind, if any. */
  @Transactional
  public Optional<SignedIn> authenticate(String token, SessionKind kind) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return AccountSession.findLive(Tokens.sha256(token), kind, Instant.now())
        .map(
            session ->
                new SignedIn(
                    session.account.id,
                    session.account.username,
                    session.account.displayName,
                    session.account.role,
                    session.account.uiLanguage,
                    session.csrfToken));
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

  private static String open(Account account, SessionKind kind) {
    String token = Tokens.random();
    AccountSession session = new AccountSession();
    session.account = account;
    session.kind = kind;
    session.tokenHash = Tokens.sha256(token);
    session.csrfToken = Tokens.random();
    session.createdAt = Instant.now();
    session.expiresAt =
        session.createdAt.plus(kind == SessionKind.BROWSER ? BROWSER_LIFETIME : API_LIFETIME);
    session.persist();
    return token;
  }
}
