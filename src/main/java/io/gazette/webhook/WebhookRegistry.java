package io.gazette.webhook;

import io.gazette.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Webhooks as administrators manage them: list, register (checked, internal addresses refused by
 * {@link WebhookTargets}), remove.
 */
@ApplicationScoped
public class WebhookRegistry {

  /** How registering ended: the hook, or the fields refused with a code each. */
  public sealed interface Outcome {
    record Registered(WebhookJson hook) implements Outcome {}

    record Invalid(Map<String, String> errors) implements Outcome {}
  }

  static final int MIN_SECRET = 16;
  static final int MAX_SECRET = 200;

  private final WebhookTargets targets;

  WebhookRegistry(WebhookTargets targets) {
    this.targets = targets;
  }

  @Transactional
  public List<WebhookJson> list() {
    return Webhook.<Webhook>list("order by id").stream().map(WebhookRegistry::json).toList();
  }

  @Transactional
  public Outcome register(String actor, WebhookWriteJson body) {
    String url = body.url() == null ? "" : body.url().strip();
    String secret = body.secret() == null ? "" : body.secret();
    List<String> events = events(body.events());
    Map<String, String> errors = errors(url, secret, events);
    if (!errors.isEmpty()) {
      return new Outcome.Invalid(errors);
    }
    Webhook hook = new Webhook();
    hook.url = url;
    hook.secret = secret;
    hook.events = String.join(",", events);
    hook.createdBy = actor;
    hook.persist();
    AuditEntry.record(actor, "webhook-add", null, url);
    return new Outcome.Registered(json(hook));
  }

  /** Removes a hook and its deliveries; false when there is none with this id. */
  @Transactional
  public boolean delete(String actor, long id) {
    Webhook hook = Webhook.findById(id);
    if (hook == null) {
      return false;
    }
    WebhookDelivery.delete("webhookId", id);
    hook.delete();
    AuditEntry.record(actor, "webhook-remove", null, hook.url);
    return true;
  }

  private Map<String, String> errors(String url, String secret, List<String> events) {
    Map<String, String> errors = new LinkedHashMap<>();
    String refusal =
        url.isEmpty() ? "required" : url.length() > 2000 ? "not-http-url" : targets.refusal(url);
    if (refusal != null) {
      errors.put("url", refusal);
    }
    if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
      errors.put("secret", secret.isEmpty() ? "required" : "length");
    }
    if (events == null) {
      errors.put("events", "unknown-event");
    }
    return errors;
  }

  /** The events asked for, checked; {@code breaking} when none; null when one is unknown. */
  private static List<String> events(List<String> asked) {
    if (asked == null || asked.isEmpty()) {
      return List.of("breaking");
    }
    List<String> events =
        asked.stream()
            .map(e -> e == null ? "" : e.strip().toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    return WebhookEvent.NAMES.containsAll(events) ? events : null;
  }

  private static WebhookJson json(Webhook hook) {
    return WebhookJson.of(
        hook,
        count(hook, WebhookDelivery.Status.PENDING),
        count(hook, WebhookDelivery.Status.DELIVERED),
        count(hook, WebhookDelivery.Status.FAILED));
  }

  private static long count(Webhook hook, WebhookDelivery.Status status) {
    return WebhookDelivery.count("webhookId = ?1 and status = ?2", hook.id, status);
  }
}
