package io.gazette.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A URL that receives signed posts on news; registered by an administrator. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntity {

  @Column(nullable = false, length = 2000)
  public String url;

  /** The HMAC key of the signatures; never shown again once registered. */
  @Column(nullable = false, length = 200)
  public String secret;

  /** The events it receives, comma-separated: {@code breaking}, {@code publish}. */
  @Column(nullable = false, length = 200)
  public String events;

  @Column(name = "created_by", nullable = false, length = 64)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  public List<String> eventList() {
    return Arrays.stream(events.split(",")).filter(e -> !e.isBlank()).toList();
  }

  /** The hooks that receive an event. */
  static List<Webhook> listening(String event) {
    return Webhook.<Webhook>listAll().stream().filter(h -> h.eventList().contains(event)).toList();
  }
}
