package io.gazette.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.gazette.Fixtures;
import io.gazette.NewsroomDesk;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.editorial.ArticleSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {

  private static final String SECRET = "a shared secret of the test receiver";

  @Inject NewsroomDesk desk;
  @Inject Fixtures fixtures;

  private HookReceiver receiver;
  private ApiToken admin;
  private final List<Long> hooks = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    receiver = new HookReceiver();
    admin = ApiToken.of(fixtures.member(Role.ADMIN));
  }

  @AfterEach
  void stop() {
    hooks.forEach(
        id -> admin.request().when().delete("/api/admin/v1/webhooks/" + id).then().statusCode(204));
    receiver.close();
  }

  private long register(String url, List<String> events) {
    JsonPath hook =
        admin
            .request()
            .body(Map.of("url", url, "secret", SECRET, "events", events))
            .when()
            .post("/api/admin/v1/webhooks")
            .then()
            .statusCode(201)
            .body("secretHint", equalTo("…iver"))
            .body(not(org.hamcrest.Matchers.containsString(SECRET)))
            .extract()
            .jsonPath();
    hooks.add(hook.getLong("id"));
    return hook.getLong("id");
  }

  private Duration markBreaking(long storyId) {
    long start = System.nanoTime();
    admin
        .request()
        .body(Map.of("until", Instant.now().plusSeconds(3600).toString()))
        .when()
        .post("/api/admin/v1/stories/" + storyId + "/breaking")
        .then()
        .statusCode(200);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static void await(Duration within, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
  }

  private HookReceiver.Received receivedFor(String event, long articleId) {
    return receiver.received.stream()
        .filter(r -> event.equals(r.event()))
        .filter(
            r ->
                JsonPath.from(new String(r.body(), StandardCharsets.UTF_8)).getLong("id")
                    == articleId)
        .findFirst()
        .orElse(null);
  }

  @Test
  void shouldPostSignedBreakingNewsAndPublications() throws Exception {
    register(receiver.url("/ok"), List.of("breaking", "publish"));
    ArticleSnapshot article = desk.publish(desk.draft("fr", "Signée").id());
    markBreaking(article.storyId());

    await(Duration.ofSeconds(5), () -> receivedFor("breaking", article.id()) != null);
    HookReceiver.Received post = receivedFor("breaking", article.id());
    assertThat(post).as("the breaking news post").isNotNull();
    assertThat(post.signature()).isEqualTo("sha256=" + hmac(SECRET, post.body()));
    assertThat(Long.parseLong(post.timestamp()))
        .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
    JsonPath body = JsonPath.from(new String(post.body(), StandardCharsets.UTF_8));
    assertThat(body.getString("event")).isEqualTo("breaking");
    assertThat(body.getLong("storyId")).isEqualTo(article.storyId());
    assertThat(body.getString("lang")).isEqualTo("fr");
    assertThat(body.getString("title")).isEqualTo(article.title());
    assertThat(body.getString("url")).startsWith("http").endsWith("/fr/" + article.slug());
    assertThat(body.getString("at")).isNotBlank();
    assertThat(receivedFor("publish", article.id())).as("the publication post").isNotNull();
  }

  @Test
  void shouldNotLetDeadOrHangingHooksSlowTheNewsroom() throws Exception {
    register(receiver.url("/hang"), List.of("breaking", "publish"));
    long dead = register(HookReceiver.deadUrl(), List.of("breaking", "publish"));
    register(receiver.url("/flaky"), List.of("breaking"));
    ArticleSnapshot draft = desk.draft("fr", "Pressée");

    long start = System.nanoTime();
    ArticleSnapshot article = desk.publish(draft.id());
    Duration publishing = Duration.ofNanos(System.nanoTime() - start);
    Duration marking = markBreaking(article.storyId());

    assertThat(publishing).isLessThan(Duration.ofSeconds(1));
    assertThat(marking).isLessThan(Duration.ofSeconds(1));
    await(Duration.ofSeconds(6), () -> receiver.flakyCalls.get() >= 3 && attempts(dead) >= 3);
    assertThat(receiver.flakyCalls.get())
        .as("attempts on a hook answering 500")
        .isGreaterThanOrEqualTo(3);
    assertThat(attempts(dead)).as("attempts on a hook nobody listens on").isGreaterThanOrEqualTo(3);
  }

  @Test
  void shouldNotFollowARedirectAndCountItAsAFailure() throws Exception {
    long moved = register(receiver.url("/moved"), List.of("publish"));
    ArticleSnapshot article = desk.publish(desk.draft("fr", "Déplacée").id());

    await(Duration.ofSeconds(5), () -> Integer.valueOf(302).equals(lastStatus(moved)));
    assertThat(lastStatus(moved)).as("the status recorded for the redirect").isEqualTo(302);
    assertThat(receiver.movedCalls.get()).isGreaterThanOrEqualTo(1);
    assertThat(receivedFor("publish", article.id())).as("a post at the redirect's target").isNull();
    assertThat(delivered(moved)).isZero();
  }

  @Test
  void shouldListHooksWithoutTheirSecretsAndRefuseBadOnes() throws Exception {
    long id = register(receiver.url("/ok"), List.of("breaking"));
    admin
        .request()
        .when()
        .get("/api/admin/v1/webhooks")
        .then()
        .statusCode(200)
        .body(not(org.hamcrest.Matchers.containsString(SECRET)))
        .body("items.find { it.id == " + id + " }.events", equalTo(List.of("breaking")));
    refused(Map.of("url", "ftp://example.org/hook", "secret", SECRET), "url");
    refused(Map.of("url", "not a url", "secret", SECRET), "url");
    refused(Map.of("url", "http://user:pw@push.example.org/hook", "secret", SECRET), "url");
    refused(Map.of("url", "http://0.0.0.0/hook", "secret", SECRET), "url");
    refused(Map.of("url", receiver.url("/ok"), "secret", "short"), "secret");
    refused(
        Map.of("url", receiver.url("/ok"), "secret", SECRET, "events", List.of("nope")), "events");
    ApiToken.of(fixtures.member(Role.EDITOR))
        .request()
        .when()
        .get("/api/admin/v1/webhooks")
        .then()
        .statusCode(403);
    admin.request().when().delete("/api/admin/v1/webhooks/987654321").then().statusCode(404);
  }

  private void refused(Map<String, Object> body, String field) {
    admin
        .request()
        .body(body)
        .when()
        .post("/api/admin/v1/webhooks")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://gazette.example/problems/invalid-fields"))
        .body("errors[0].field", equalTo(field));
  }

  @Transactional
  int attempts(long hookId) {
    return WebhookDelivery.<WebhookDelivery>list("webhookId", hookId).stream()
        .mapToInt(d -> d.attempts)
        .max()
        .orElse(0);
  }

  @Transactional
  Integer lastStatus(long hookId) {
    return WebhookDelivery.<WebhookDelivery>list("webhookId", hookId).stream()
        .map(d -> d.lastStatus)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  @Transactional
  long delivered(long hookId) {
    return WebhookDelivery.count(
        "webhookId = ?1 and status = ?2", hookId, WebhookDelivery.Status.DELIVERED);
  }

  private static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
