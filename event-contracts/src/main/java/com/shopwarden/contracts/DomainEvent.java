package com.shopwarden.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An event one service publishes and others consume. Every event carries its own id (consumers
 * record processed ids, which makes at-least-once delivery take effect exactly once), the market it
 * belongs to and when it happened. Its type, topic and schema are in {@link EventType}.
 */
public interface DomainEvent {

  /** Unique id of this event; it is also the CloudEvents {@code ce_id}. */
  UUID eventId();

  /** Market code (ISO 3166-1 alpha-2, e.g. {@code ID}) whose policies and laws apply. */
  String market();

  /** When the fact happened at the producer (not when it was sent). */
  Instant occurredAt();

  /**
   * The Kafka record key: events with the same key stay in order. The account id unless the event's
   * contract says otherwise.
   */
  String partitionKey();
}
