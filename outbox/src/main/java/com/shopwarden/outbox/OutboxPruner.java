package com.shopwarden.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Deletes sent outbox rows and remembered event ids once they are past their retention. */
@ApplicationScoped
public class OutboxPruner {

  private final Pool pool;
  private final Clock clock;
  private final OutboxConfig config;

  public OutboxPruner(Pool pool, Clock clock, OutboxConfig config) {
    this.pool = pool;
    this.clock = clock;
    this.config = config;
  }

  /** Rows removed: sent outbox events plus processed event ids. */
  public Uni<Pruned> prune() {
    Instant now = clock.instant();
    OffsetDateTime sentBefore =
        OffsetDateTime.ofInstant(now.minus(config.sentRetention()), ZoneOffset.UTC);
    OffsetDateTime processedBefore =
        OffsetDateTime.ofInstant(now.minus(config.processedRetention()), ZoneOffset.UTC);
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery("delete from outbox_event where sent_at < $1")
                .execute(Tuple.of(sentBefore))
                .flatMap(
                    sent ->
                        connection
                            .preparedQuery("delete from processed_event where processed_at < $1")
                            .execute(Tuple.of(processedBefore))
                            .map(processed -> new Pruned(sent.rowCount(), processed.rowCount()))));
  }

  /** What one pruning pass removed. */
  public record Pruned(int sentEvents, int processedEventIds) {}
}
