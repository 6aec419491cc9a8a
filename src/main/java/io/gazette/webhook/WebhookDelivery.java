package io.gazette.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event to send to one hook: written in the transaction that made the news (an outbox), sent
 * after commit, retried with backoff until it succeeds or runs out of attempts.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntity {

  /** Where a delivery stands. */
  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Column(name = "webhook_id", nullable = false)
  public long webhookId;

  @Column(nullable = false, length = 32)
  public String event;

  /** The JSON body, exactly as signed and sent. */
  @Column(nullable = false, length = 8000)
  public String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Status status = Status.PENDING;

  /** Attempts started so far. */
  public int attempts;

  /** When the next attempt may start; while one runs, when it is presumed lost. */
  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt = Instant.now();

  /** The HTTP status of the last answer, if there was one. */
  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error", length = 500)
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "delivered_at")
  public Instant deliveredAt;
}
