package io.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.api.ApiToken;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sessions end after a while unused (two hours in a browser, seven days for an API token), besides
 * their absolute lifetime. Their last use is back-dated in the database rather than waited for.
 */
@QuarkusTest
class SessionIdleTimeoutTest {

  @Inject Fixtures fixtures;

  /** Moves the last use of every session of the account back by {@code ago}. */
  @Transactional
  void lastUsed(long accountId, Duration ago) {
    AccountSession.update(
        "lastUsedAt = ?1 where account.id = ?2", Instant.now().minus(ago), accountId);
  }

  @Transactional
  long sessions(long accountId) {
    return AccountSession.count("account.id", accountId);
  }

  @Transactional
  Instant lastUse(long accountId) {
    return AccountSession.<AccountSession>find("account.id", accountId).firstResult().lastUsedAt;
  }

  @Test
  void shouldEndABrowserSessionUnusedForLongerThanTheIdleTimeout() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    lastUsed(editor.accountId(), Duration.ofHours(2).plusMinutes(1));

    session
        .request()
        .get("/admin")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/login"));
    assertThat(sessions(editor.accountId())).as("removed").isZero();
  }

  @Test
  void shouldKeepASessionInUseAndRecordItsUseAtMostOnceAMinute() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    AdminSession session = AdminSession.signIn(editor.username(), Fixtures.PASSWORD);
    lastUsed(editor.accountId(), Duration.ofMinutes(119));

    Instant before = Instant.now();
    session.request().get("/admin").then().statusCode(200);
    Instant recorded = lastUse(editor.accountId());
    assertThat(recorded).isAfterOrEqualTo(before.minusSeconds(1));

    session.request().get("/admin").then().statusCode(200);
    assertThat(lastUse(editor.accountId()))
        .as("not written again within the minute")
        .isEqualTo(recorded);
  }

  @Test
  void shouldEndAnApiTokenUnusedForAWeek() {
    SignedIn editor = fixtures.member(Role.EDITOR);
    ApiToken token = ApiToken.of(editor);
    token.request().get("/api/admin/v1/articles").then().statusCode(200);

    lastUsed(editor.accountId(), Duration.ofDays(6));
    token.request().get("/api/admin/v1/articles").then().statusCode(200);

    lastUsed(editor.accountId(), Duration.ofDays(7).plusMinutes(1));
    token.request().get("/api/admin/v1/articles").then().statusCode(401);
    assertThat(sessions(editor.accountId())).isZero();
  }
}
