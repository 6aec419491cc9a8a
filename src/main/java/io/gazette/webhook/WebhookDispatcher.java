package io.gazette.webhook;

import io.gazette.GazetteConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries, away from the newsroom's requests: woken after the commit that queued
 * them, by its own retry timers and by a periodic look for due ones (which also resumes after a
 * restart). One thread claims and records attempts; the JDK HttpClient sends asynchronously with
 * connect and request timeouts, so a hook that hangs or is down holds no thread and delays nothing
 * else.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

  private final WebhookDeliveries deliveries;
  private final Duration timeout;
  private final HttpClient http;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "gazette-webhooks");
            thread.setDaemon(true);
            return thread;
          });

  WebhookDispatcher(WebhookDeliveries deliveries, GazetteConfig config) {
    this.deliveries = deliveries;
    this.timeout = config.webhooks().timeout();
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.webhooks().connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookOutbox.Queued queued) {
    wake();
  }

  @Scheduled(
      every = "${gazette.webhooks.poll-every:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    wake();
  }

  /** Looks for due deliveries on the dispatcher's thread; returns at once. */
  public void wake() {
    try {
      worker.execute(this::deliverDue);
    } catch (RejectedExecutionException stopping) {
      // Shutting down: pending deliveries wait in the table for the next start.
    }
  }

  /** Stops before the database does; an attempt under way is retried after the next start. */
  void stop(@Observes ShutdownEvent event) {
    worker.shutdownNow();
  }

  private void deliverDue() {
    try {
      deliveries.claimDue(Instant.now()).forEach(this::send);
    } catch (RuntimeException failure) {
      LOG.warn("Webhook deliveries could not be claimed; the next look retries", failure);
    }
  }

  private void send(WebhookDeliveries.Attempt attempt) {
    HttpRequest request;
    try {
      request = request(attempt);
    } catch (IllegalArgumentException unusable) {
      completed(attempt, null, unusable);
      return;
    }
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenCompleteAsync((response, failure) -> completed(attempt, response, failure), worker);
  }

  /** The signed POST of an attempt; the signature covers the exact bytes sent. */
  private HttpRequest request(WebhookDeliveries.Attempt attempt) {
    byte[] body = attempt.payload().getBytes(StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(URI.create(attempt.url()))
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "Gazette-Webhooks/1")
        .header(WebhookSignature.HEADER, WebhookSignature.of(attempt.secret(), body))
        .header(WebhookSignature.TIMESTAMP_HEADER, "" + Instant.now().getEpochSecond())
        .header(WebhookSignature.EVENT_HEADER, attempt.event())
        .header(WebhookSignature.DELIVERY_HEADER, "" + attempt.deliveryId())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private void completed(
      WebhookDeliveries.Attempt attempt, HttpResponse<Void> response, Throwable failure) {
    Integer status = response == null ? null : response.statusCode();
    String error =
        failure != null ? failure.toString() : status / 100 == 2 ? null : "HTTP " + status;
    try {
      Duration retry = deliveries.complete(attempt.deliveryId(), status, error);
      if (retry != null && !worker.isShutdown()) {
        worker.schedule(this::deliverDue, retry.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (RuntimeException unrecorded) {
      // The claim's lease runs out and the periodic look retries the delivery.
      LOG.warn("A webhook attempt's outcome could not be recorded", unrecorded);
    }
  }
}
