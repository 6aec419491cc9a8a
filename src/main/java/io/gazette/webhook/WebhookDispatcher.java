package io.gazette.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries, away from the newsroom's requests: woken after the commit that queued
 * them, by its own retry timers and by a periodic look for due ones (which also resumes after a
 * restart). One thread claims and records attempts; {@link WebhookSender} checks each target's
 * address and sends asynchronously with connect and request timeouts, so a hook that hangs or is
 * down holds no thread and delays nothing else.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

  private final WebhookDeliveries deliveries;
  private final WebhookSender sender;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "gazette-webhooks");
            thread.setDaemon(true);
            return thread;
          });

  WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender) {
    this.deliveries = deliveries;
    this.sender = sender;
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookOutbox.Queued queued) {
    wake();
  }

  @Scheduled(
      every = "${gazette.webhooks.poll-every}",
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
    sender
        .post(attempt)
        .whenCompleteAsync((status, failure) -> completed(attempt, status, failure), worker);
  }

  private void completed(WebhookDeliveries.Attempt attempt, Integer status, Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    String error = cause != null ? cause.toString() : status / 100 == 2 ? null : "HTTP " + status;
    try {
      if (cause instanceof WebhookTargets.Blocked) {
        deliveries.refuse(attempt.deliveryId()); // no retry: the same answer, whatever listens
        return;
      }
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
