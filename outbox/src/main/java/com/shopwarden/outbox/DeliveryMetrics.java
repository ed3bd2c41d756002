package com.shopwarden.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counters SRE alert on: events published and publication failures of the outbox relay, and per
 * consumer the events applied, duplicates dropped and messages dead-lettered.
 */
@ApplicationScoped
public class DeliveryMetrics {

  private final MeterRegistry registry;
  private final Counter published;
  private final Counter failures;

  public DeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.published =
        Counter.builder("shopwarden.outbox.published")
            .description("Outbox events acknowledged by the broker")
            .register(registry);
    this.failures =
        Counter.builder("shopwarden.outbox.failures")
            .description("Outbox publications that failed and were scheduled for retry")
            .register(registry);
  }

  void published(int count) {
    published.increment(count);
  }

  void publicationFailed() {
    failures.increment();
  }

  void applied(String consumer, boolean duplicate) {
    registry
        .counter(
            "shopwarden.inbox.events",
            "consumer",
            consumer,
            "outcome",
            duplicate ? "duplicate" : "applied")
        .increment();
  }

  void deadLettered(String consumer) {
    registry.counter("shopwarden.inbox.dead.lettered", "consumer", consumer).increment();
  }
}
