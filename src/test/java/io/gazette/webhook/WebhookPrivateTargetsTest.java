package io.gazette.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.gazette.AdminSession;
import io.gazette.Fixtures;
import io.gazette.admin.Role;
import io.gazette.api.ApiToken;
import io.gazette.i18n.NewsroomMessages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With the shipped default (no internal addresses), hooks cannot reach the server's network. */
@QuarkusTest
@TestProfile(WebhookPrivateTargetsTest.PublicOnly.class)
class WebhookPrivateTargetsTest {

  /** {@code gazette.webhooks.allow-private} as shipped: the other webhook tests turn it on. */
  public static class PublicOnly implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("gazette.webhooks.allow-private", "false");
    }
  }

  private static final String SECRET = "a secret that is long enough";

  private static final List<String> INTERNAL =
      List.of(
          "http://169.254.169.254/latest/meta-data/",
          "http://127.0.0.1:8080/hook",
          "http://localhost/hook",
          "http://localhost./hook",
          "http://10.0.0.1/hook",
          "http://192.168.1.1/hook",
          "http://[::1]/hook",
          "http://0.0.0.0/hook",
          "http://2130706433/hook",
          "http://0177.0.0.1/hook",
          "http://0x7f.1/hook",
          "http://127.1/hook",
          "http://[::ffff:127.0.0.1]/hook");

  @Inject Fixtures fixtures;
  @Inject WebhookDispatcher dispatcher;

  private ApiToken admin;
  private HookReceiver receiver;
  private final List<Long> hooks = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    admin = ApiToken.of(fixtures.member(Role.ADMIN));
    receiver = new HookReceiver();
  }

  @AfterEach
  void stop() {
    hooks.forEach(
        id -> admin.request().when().delete("/api/admin/v1/webhooks/" + id).then().statusCode(204));
    receiver.close();
  }

  @Test
  void shouldRefuseInternalTargetsThroughTheApi() {
    for (String url : INTERNAL) {
      admin
          .request()
          .body(Map.of("url", url, "secret", SECRET))
          .when()
          .post("/api/admin/v1/webhooks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("https://gazette.example/problems/invalid-fields"))
          .body("errors[0].field", equalTo("url"))
          .body("errors[0].code", equalTo("private-address"));
    }
    admin
        .request()
        .when()
        .get("/api/admin/v1/webhooks")
        .then()
        .statusCode(200)
        .body("items.url", not(hasItem(INTERNAL.get(0))));
  }

  @Test
  void shouldRefuseAnInternalTargetOnTheNewsroomPageWithAClearMessage() {
    var session = AdminSession.signIn(fixtures.member(Role.ADMIN).username(), Fixtures.PASSWORD);
    String url = "http://169.254.169.254/latest/meta-data/";
    Document page =
        Jsoup.parse(
            session
                .form()
                .formParam("url", url)
                .formParam("secret", SECRET)
                .formParam("events", "breaking")
                .post("/admin/webhooks")
                .then()
                .statusCode(400)
                .extract()
                .asString());
    String lang = page.selectFirst("html").attr("lang");
    assertThat(page.select("#webhook-error").text())
        .isEqualTo(messages(lang).errorWebhookPrivateAddress());
    assertThat(page.select("#webhook-url").val()).isEqualTo(url);
    assertThat(page.select("tr:has(code:containsOwn(" + url + "))")).isEmpty();
  }

  @Test
  void shouldNeverContactAHookWhoseHostIsInternalAtDeliveryAndTellNothingAboutIt()
      throws Exception {
    // Registered while allowed (or before an upgrade): written directly, past the registry.
    long listening = hook(receiver.url("/ok").replace("127.0.0.1", "localhost"));
    long literal = hook(receiver.url("/ok"));
    long nobody = hook(HookReceiver.deadUrl().replace("127.0.0.1", "localhost"));
    List<Long> deliveries = List.of(deliver(listening), deliver(literal), deliver(nobody));
    dispatcher.wake();

    await(Duration.ofSeconds(10), () -> deliveries.stream().allMatch(this::failed));
    assertThat(receiver.received).as("posts received by the local receiver").isEmpty();
    for (long id : deliveries) {
      assertThat(outcome(id)).as("delivery " + id).isEqualTo("FAILED 1 null blocked address");
    }
    for (long id : List.of(listening, literal, nobody)) {
      admin
          .request()
          .when()
          .get("/api/admin/v1/webhooks")
          .then()
          .body("items.find { it.id == " + id + " }.failed", equalTo(1))
          .body("items.find { it.id == " + id + " }.delivered", equalTo(0))
          .body("items.find { it.id == " + id + " }.pending", equalTo(0));
    }
  }

  private static NewsroomMessages messages(String lang) {
    return MessageBundles.get(NewsroomMessages.class, Localized.Literal.of(lang));
  }

  private static void await(Duration within, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
  }

  @Transactional
  long hook(String url) {
    Webhook hook = new Webhook();
    hook.url = url;
    hook.secret = SECRET;
    hook.events = "publish";
    hook.createdBy = "admin";
    hook.persist();
    hooks.add(hook.id);
    return hook.id;
  }

  @Transactional
  long deliver(long hookId) {
    WebhookDelivery delivery = new WebhookDelivery();
    delivery.webhookId = hookId;
    delivery.event = "publish";
    delivery.payload = "{\"event\":\"publish\"}";
    delivery.persist();
    return delivery.id;
  }

  @Transactional
  boolean failed(long deliveryId) {
    WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
    return delivery.status == WebhookDelivery.Status.FAILED;
  }

  /** What the table keeps of a delivery's end: status, attempts, last HTTP status, last error. */
  @Transactional
  String outcome(long deliveryId) {
    WebhookDelivery d = WebhookDelivery.findById(deliveryId);
    return d.status + " " + d.attempts + " " + d.lastStatus + " " + d.lastError;
  }
}
