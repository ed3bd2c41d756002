package com.shopwarden.outbox;

import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventType;
import com.shopwarden.contracts.EventTypes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * Records events in the current transaction. Call it from inside the transaction that makes the
 * state change: if that transaction rolls back, the event was never written and is never sent; if
 * it commits, the relay publishes it at least once.
 */
@ApplicationScoped
public class Outbox {

  private static final EventJson JSON = new EventJson();

  private final OutboxConfig config;
  private final Clock clock;

  public Outbox(OutboxConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Adds the event to the outbox within the caller's current reactive transaction. */
  public Uni<Void> publish(DomainEvent event) {
    EventType type = EventTypes.of(event.getClass());
    OutboxEvent row = new OutboxEvent();
    Instant now = clock.instant();
    row.eventId = event.eventId();
    row.topic = type.topic();
    row.partitionKey = event.partitionKey();
    row.shard = OutboxShards.of(row.partitionKey, config.shards());
    row.ceType = type.ceType();
    row.ceSource = config.source();
    row.ceSubject = event.partitionKey();
    row.occurredAt = event.occurredAt();
    row.payload = new String(JSON.write(event), StandardCharsets.UTF_8);
    row.createdAt = now;
    row.nextAttemptAt = now;
    Uni<Void> stored = row.persist().replaceWithVoid();
    if (!config.wakeOnCommit()) {
      return stored;
    }
    // Delivered by PostgreSQL only when this transaction commits (RelayWakeUp listens); several
    // notifications of one transaction arrive as one.
    return stored.chain(
        () ->
            Panache.getSession()
                .chain(
                    session ->
                        session.createNativeQuery("notify " + RelayWakeUp.CHANNEL).executeUpdate())
                .replaceWithVoid());
  }
}
