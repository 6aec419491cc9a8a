package io.gazette.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Queues webhook deliveries in the transaction that makes the news, so that news and deliveries
 * commit together; nothing is sent before the commit, and the sending never holds up the newsroom
 * ({@link WebhookDispatcher}).
 */
@ApplicationScoped
public class WebhookOutbox {

  /** Fired when deliveries were queued; observed once the transaction has committed. */
  public record Queued(int count) {}

  private final ObjectMapper json;
  private final Event<Queued> queued;

  WebhookOutbox(ObjectMapper json, Event<Queued> queued) {
    this.json = json;
    this.queued = queued;
  }

  /** Queues the event for every hook that listens to it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(WebhookEvent event) {
    List<Webhook> hooks = Webhook.listening(event.event());
    if (hooks.isEmpty()) {
      return;
    }
    String body = body(event);
    for (Webhook hook : hooks) {
      WebhookDelivery delivery = new WebhookDelivery();
      delivery.webhookId = hook.id;
      delivery.event = event.event();
      delivery.payload = body;
      delivery.persist();
    }
    queued.fire(new Queued(hooks.size()));
  }

  private String body(WebhookEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a webhook event is plain data", impossible);
    }
  }
}
