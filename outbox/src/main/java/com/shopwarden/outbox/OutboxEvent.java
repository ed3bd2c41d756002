package com.shopwarden.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A pending or sent event in the outbox. Rows are only inserted by {@link Outbox} and only updated
 * by {@link OutboxRelay}; the id order within a shard is the publication order.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "event_id", nullable = false, unique = true)
  public UUID eventId;

  @Column(nullable = false)
  public String topic;

  @Column(name = "partition_key", nullable = false)
  public String partitionKey;

  @Column(nullable = false)
  public int shard;

  @Column(name = "ce_type", nullable = false)
  public String ceType;

  @Column(name = "ce_source", nullable = false)
  public String ceSource;

  @Column(name = "ce_subject")
  public String ceSubject;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(nullable = false)
  public String payload;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "sent_at")
  public Instant sentAt;
}
