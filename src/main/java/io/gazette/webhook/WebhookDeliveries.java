package io.gazette.webhook;

import io.gazette.GazetteConfig;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The delivery table's transactions: claiming due attempts and recording how they ended. */
@ApplicationScoped
class WebhookDeliveries {

  /** One claimed attempt: what to send, where, signed with which secret. */
  record Attempt(long deliveryId, String url, String secret, String event, String payload) {}

  /** The last error of a delivery refused for its address. */
  static final String BLOCKED = "blocked address";

  private static final int BATCH = 50;

  private final GazetteConfig.Webhooks config;
  private final Duration lease;

  WebhookDeliveries(GazetteConfig config) {
    this.config = config.webhooks();
    this.lease = this.config.timeout().plus(this.config.connectTimeout()).plusSeconds(30);
  }

  /**
   * Claims the due deliveries: each claim counts an attempt and moves the next attempt past the
   * lease, so that a claim lost in a crash is retried, and never by two workers at once.
   */
  @Transactional
  List<Attempt> claimDue(Instant now) {
    List<WebhookDelivery> due =
        WebhookDelivery.<WebhookDelivery>find(
                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt",
                WebhookDelivery.Status.PENDING,
                now)
            .page(Page.ofSize(BATCH))
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list();
    List<Attempt> claimed = new ArrayList<>();
    for (WebhookDelivery delivery : due) {
      Webhook hook = Webhook.findById(delivery.webhookId);
      if (hook != null) {
        delivery.attempts++;
        delivery.nextAttemptAt = now.plus(lease);
        claimed.add(
            new Attempt(delivery.id, hook.url, hook.secret, delivery.event, delivery.payload));
      }
    }
    return claimed;
  }

  /**
   * Gives a delivery up at once, without a connection, because its host is or resolves to an
   * address hooks may not reach: it ends the same way whether anything listens there or not, so the
   * counters tell nothing about the internal network.
   */
  @Transactional
  void refuse(long deliveryId) {
    WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
    if (delivery != null) {
      delivery.status = WebhookDelivery.Status.FAILED;
      delivery.lastStatus = null;
      delivery.lastError = BLOCKED;
    }
  }

  /**
   * Records an attempt's end: delivered on a 2xx, else retried after the backoff or given up after
   * the last attempt. Returns the wait before the retry, or null when there is none.
   */
  @Transactional
  Duration complete(long deliveryId, Integer status, String error) {
    WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
    if (delivery == null) {
      return null;
    }
    Instant now = Instant.now();
    delivery.lastStatus = status;
    delivery.lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    if (status != null && status >= 200 && status < 300) {
      delivery.status = WebhookDelivery.Status.DELIVERED;
      delivery.deliveredAt = now;
      return null;
    }
    if (delivery.attempts >= config.maxAttempts()) {
      delivery.status = WebhookDelivery.Status.FAILED;
      return null;
    }
    Duration wait = config.backoff().multipliedBy(1L << (2 * Math.min(delivery.attempts - 1, 15)));
    delivery.nextAttemptAt = now.plus(wait);
    return wait;
  }
}
