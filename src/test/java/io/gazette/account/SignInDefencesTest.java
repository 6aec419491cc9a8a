package io.gazette.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.Fixtures;
import io.gazette.Html;
import io.gazette.admin.Role;
import io.gazette.admin.SignedIn;
import io.gazette.audit.AuditEntry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * The sign-in's defences: every refusal logged and audited with the username encoded, no sign-in
 * from another site's page, and no lock-out of a member by a stranger's wrong guesses.
 */
@QuarkusTest
class SignInDefencesTest {

  @Inject Fixtures fixtures;
  @Inject SignInThrottle throttle;

  /** The sign-in form as sent from {@code address}, not following the redirect. */
  private static RequestSpecification form(String address, String username, String password) {
    return given()
        .redirects()
        .follow(false)
        .header("X-Forwarded-For", address)
        .formParam("username", username)
        .formParam("password", password);
  }

  private static String ownOrigin() {
    return "http://localhost:" + RestAssured.port;
  }

  @Transactional
  List<AuditEntry> audited(String action, String actor) {
    return AuditEntry.list("action = ?1 and actor = ?2", action, actor);
  }

  /** The messages the sign-in service logs while {@code during} runs. */
  private static List<String> logged(Runnable during) {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(
                record instanceof ExtLogRecord ext
                    ? ext.getFormattedMessage()
                    : record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(SessionService.class.getName());
    logger.addHandler(capture);
    try {
      during.run();
    } finally {
      logger.removeHandler(capture);
    }
    return lines;
  }

  @Test
  void shouldLogAndAuditAFailedSignInWithTheUsernameEncoded() {
    String mark = Fixtures.mark();
    String typed = "nobody-" + mark + "\r\n2026-01-01 INFO Signed in 'admin'";
    String encoded = "nobody-" + mark + "\\r\\n2026-01-01 INFO Signed in \\'admin\\'";

    List<String> lines =
        logged(
            () -> form("203.0.113.41", typed, "guess").post("/admin/login").then().statusCode(401));

    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("Sign-in refused for '" + encoded + "'")
                    .contains("from 203.0.113.41 (browser)")
                    .doesNotContain("\n", "\r"));
    var entries = audited("sign-in-failed", encoded);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).detail).isEqualTo("from 203.0.113.41 (browser): unknown username");
  }

  @Test
  void shouldRefuseAUsernameHoldingANulAsAnUnknownOne() {
    given()
        .header("X-Forwarded-For", "203.0.113.43")
        .contentType(ContentType.JSON)
        .body(Map.of("username", "ad\u0000min", "password", "wrong"))
        .post("/api/admin/v1/tokens")
        .then()
        .statusCode(401);
    given()
        .header("X-Forwarded-For", "203.0.113.43")
        .redirects()
        .follow(false)
        .formParam("username", "ad\u0000min")
        .formParam("password", "wrong")
        .post("/admin/login")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldAuditWrongPasswordsAndSignInsOfTheApiToo() {
    SignedIn member = fixtures.member(Role.EDITOR);
    given()
        .header("X-Forwarded-For", "203.0.113.42")
        .contentType(ContentType.JSON)
        .body(Map.of("username", member.username(), "password", "wrong"))
        .post("/api/admin/v1/tokens")
        .then()
        .statusCode(401);
    given()
        .header("X-Forwarded-For", "203.0.113.42")
        .contentType(ContentType.JSON)
        .body(Map.of("username", member.username(), "password", Fixtures.PASSWORD))
        .post("/api/admin/v1/tokens")
        .then()
        .statusCode(201);

    assertThat(audited("sign-in-failed", member.username()))
        .extracting(entry -> entry.detail)
        .containsExactly("from 203.0.113.42 (api): wrong password");
    assertThat(audited("sign-in", member.username()))
        .extracting(entry -> entry.detail)
        .containsExactly("from 203.0.113.42 (api)");
  }

  @Test
  void shouldRefuseASignInPostedFromAnotherSite() {
    SignedIn member = fixtures.member(Role.EDITOR);
    for (Map.Entry<String, String> header :
        List.of(
            Map.entry("Origin", "https://evil.example"),
            Map.entry("Origin", "null"),
            Map.entry("Origin", "http://localhost:1"),
            Map.entry("Referer", "https://evil.example/login.html"))) {
      Response refused =
          form("203.0.113.43", member.username(), Fixtures.PASSWORD)
              .header(header.getKey(), header.getValue())
              .post("/admin/login")
              .then()
              .extract()
              .response();
      assertThat(refused.statusCode()).as(header.toString()).isEqualTo(403);
      assertThat(refused.header("Set-Cookie")).as(header.toString()).isNull();
      assertThat(Html.parse(refused).selectFirst(".form-error").text())
          .isEqualTo(
              "Cette connexion ne vient pas de la page de connexion de la rédaction. Ouvrez la"
                  + " page de connexion de ce site et réessayez.");
    }
    assertThat(audited("sign-in", member.username())).isEmpty();
  }

  @Test
  void shouldAcceptASignInPostedFromTheSitesOwnPage() {
    SignedIn member = fixtures.member(Role.EDITOR);
    form("203.0.113.44", member.username(), Fixtures.PASSWORD)
        .header("Origin", ownOrigin())
        .post("/admin/login")
        .then()
        .statusCode(303);
    form("203.0.113.44", member.username(), Fixtures.PASSWORD)
        .header("Referer", ownOrigin() + "/admin/login?signedOut=1")
        .post("/admin/login")
        .then()
        .statusCode(303);
  }

  @Test
  void shouldNotLetAStrangersWrongGuessesLockTheMemberOut() {
    SignedIn member = fixtures.member(Role.AUTHOR);
    for (int i = 0; i < 5; i++) {
      form("198.51.100.7", member.username(), "guess " + i)
          .post("/admin/login")
          .then()
          .statusCode(401);
    }
    form("198.51.100.7", member.username(), Fixtures.PASSWORD)
        .post("/admin/login")
        .then()
        .statusCode(429);

    form("198.51.100.8", member.username(), Fixtures.PASSWORD)
        .post("/admin/login")
        .then()
        .statusCode(303);
  }

  @Test
  void shouldStopGuessingSpreadOverManyAddressesAtTheOverallCeiling() {
    String username = "target-" + Fixtures.mark();
    for (int i = 0; i < 100; i++) {
      assertThat(throttle.blocked(username, "192.0.2." + i)).isFalse();
      throttle.failed(username, "192.0.2." + i);
    }
    assertThat(throttle.blocked(username, "192.0.2.200")).isTrue();
    assertThat(throttle.blocked(username.toUpperCase(), "192.0.2.201")).isTrue();
    assertThat(throttle.blocked("someone-else-" + Fixtures.mark(), "192.0.2.1")).isFalse();
  }
}
