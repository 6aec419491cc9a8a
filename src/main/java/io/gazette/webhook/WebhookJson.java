package io.gazette.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered webhook as administrators see it: never its secret, only a hint of it.
 *
 * @param id the hook
 * @param url where the posts go
 * @param events what it receives
 * @param secretHint the secret's last characters, to recognize it
 * @param createdBy who registered it
 * @param createdAt when
 * @param pending deliveries waiting for an attempt or a retry
 * @param delivered deliveries answered with a 2xx
 * @param failed deliveries given up after the last attempt
 */
@Schema(name = "AdminWebhook")
public record WebhookJson(
    @Schema(example = "3") long id,
    @Schema(example = "https://push.example.mu/gazette") String url,
    @Schema(example = "[\"breaking\"]") List<String> events,
    @Schema(example = "…x7Qa") String secretHint,
    @Schema(example = "admin") String createdBy,
    Instant createdAt,
    long pending,
    long delivered,
    long failed) {

  static WebhookJson of(Webhook hook, long pending, long delivered, long failed) {
    String secret = hook.secret;
    String hint = "…" + secret.substring(Math.max(0, secret.length() - 4));
    return new WebhookJson(
        hook.id,
        hook.url,
        hook.eventList(),
        hint,
        hook.createdBy,
        hook.createdAt,
        pending,
        delivered,
        failed);
  }
}
