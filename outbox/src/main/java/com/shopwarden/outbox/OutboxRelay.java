package com.shopwarden.outbox;

import com.shopwarden.contracts.CloudEventHeaders;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events to Kafka, in id order per shard, and marks them sent after the
 * broker acknowledged them.
 *
 * <p>Each shard is relayed inside one database transaction that first takes a transaction-level
 * advisory lock on the shard: a second relay (another replica) skips a shard that is busy, so one
 * key's events are never published by two relays at once. If the relay dies between sending and
 * marking, the transaction rolls back, the rows stay pending and are sent again: delivery is at
 * least once, and consumers drop the duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  /** First half of every advisory lock key, so the relay's locks collide with nothing else. */
  static final int LOCK_SPACE = 0x53574f42;

  private static final String SELECT_PENDING =
      "select id, event_id, topic, partition_key, ce_type, ce_source, ce_subject, occurred_at,"
          + " payload, attempts, next_attempt_at from outbox_event"
          + " where shard = $1 and sent_at is null order by id limit $2";

  private final Pool pool;
  private final EventPublisher publisher;
  private final Clock clock;
  private final OutboxConfig config;
  private final DeliveryMetrics metrics;

  public OutboxRelay(
      Pool pool,
      EventPublisher publisher,
      Clock clock,
      OutboxConfig config,
      DeliveryMetrics metrics) {
    this.pool = pool;
    this.publisher = publisher;
    this.clock = clock;
    this.config = config;
    this.metrics = metrics;
  }

  /** One pass over every shard; the number of events published. */
  public Uni<Integer> relayOnce() {
    return Multi.createFrom()
        .range(0, config.shards())
        .onItem()
        .transformToUniAndConcatenate(this::relayShard)
        .collect()
        .with(Collectors.summingInt(Integer::intValue));
  }

  /** Publishes one shard's pending events, unless another relay holds the shard. */
  public Uni<Integer> relayShard(int shard) {
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery("select pg_try_advisory_xact_lock($1, $2) as locked")
                .execute(Tuple.of(LOCK_SPACE, shard))
                .flatMap(
                    rows ->
                        rows.iterator().next().getBoolean("locked")
                            ? publishPending(connection, shard)
                            : Uni.createFrom().item(0)));
  }

  private Uni<Integer> publishPending(SqlConnection connection, int shard) {
    Instant now = clock.instant();
    return connection
        .preparedQuery(SELECT_PENDING)
        .execute(Tuple.of(shard, config.batchSize()))
        .flatMap(
            rows -> {
              List<Row> pending = new ArrayList<>();
              rows.forEach(pending::add);
              // The head of the shard waits out its back-off, and everything behind it waits
              // too: skipping it would publish a key's later events before its earlier one.
              // Only a failed row waits: a new row is due at once, whatever clock wrote it (a
              // replica whose clock runs ahead must not delay another replica's relay).
              if (pending.isEmpty() || inBackoff(pending.get(0), now)) {
                return Uni.createFrom().item(0);
              }
              return sendAll(pending)
                  .flatMap(outcomes -> settle(connection, shard, pending, outcomes, now));
            });
  }

  private Uni<List<Optional<Throwable>>> sendAll(List<Row> pending) {
    List<Uni<Optional<Throwable>>> sends = new ArrayList<>();
    for (Row row : pending) {
      sends.add(
          publisher
              .send(
                  row.getString("topic"),
                  row.getString("partition_key"),
                  row.getString("payload").getBytes(StandardCharsets.UTF_8),
                  headers(row))
              .map(ignored -> Optional.<Throwable>empty())
              .onFailure()
              .recoverWithItem(Optional::of));
    }
    return Uni.join().all(sends).andFailFast();
  }

  private Uni<Integer> settle(
      SqlConnection connection,
      int shard,
      List<Row> pending,
      List<Optional<Throwable>> outcomes,
      Instant now) {
    int firstFailure = 0;
    while (firstFailure < outcomes.size() && outcomes.get(firstFailure).isEmpty()) {
      firstFailure++;
    }
    List<Long> sentIds = new ArrayList<>();
    for (int i = 0; i < firstFailure; i++) {
      sentIds.add(pending.get(i).getLong("id"));
    }
    Uni<Void> marked =
        beforeMarkingSent(shard, sentIds)
            .chain(
                () ->
                    sentIds.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : connection
                            .preparedQuery(
                                "update outbox_event set sent_at = $1 where id = any($2)")
                            .execute(Tuple.of(utc(now), sentIds.toArray(new Long[0])))
                            .replaceWithVoid());
    metrics.published(sentIds.size());
    if (firstFailure == outcomes.size()) {
      return marked.replaceWith(sentIds.size());
    }
    metrics.publicationFailed();
    Row failed = pending.get(firstFailure);
    Throwable cause = outcomes.get(firstFailure).orElseThrow();
    int attempts = failed.getInteger("attempts") + 1;
    Instant retryAt = now.plus(backoff(attempts));
    LOG.warnf(
        "publishing outbox event %s to %s failed (attempt %d), retrying at %s: %s",
        failed.getUUID("event_id"),
        failed.getString("topic"),
        attempts,
        retryAt,
        cause.getMessage());
    return marked
        .chain(
            () ->
                connection
                    .preparedQuery(
                        "update outbox_event set attempts = $1, next_attempt_at = $2,"
                            + " last_error = $3 where id = $4")
                    .execute(
                        Tuple.of(
                            attempts,
                            utc(retryAt),
                            String.valueOf(cause.getMessage()),
                            failed.getLong("id"))))
        .replaceWith(sentIds.size());
  }

  /**
   * Runs after the broker acknowledged and before the rows are marked sent. A failure here rolls
   * the marking back, exactly like a relay that dies at this point.
   */
  protected Uni<Void> beforeMarkingSent(int shard, List<Long> sentIds) {
    return Uni.createFrom().voidItem();
  }

  private static boolean inBackoff(Row head, Instant now) {
    return head.getInteger("attempts") > 0
        && head.getOffsetDateTime("next_attempt_at").toInstant().isAfter(now);
  }

  /** Exponential back-off from the configured base, capped. */
  Duration backoff(int attempts) {
    Duration wait = config.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(config.retryBackoffMax()) > 0 ? config.retryBackoffMax() : wait;
  }

  private static Map<String, String> headers(Row row) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
    headers.put(CloudEventHeaders.ID, row.getUUID("event_id").toString());
    headers.put(CloudEventHeaders.SOURCE, row.getString("ce_source"));
    headers.put(CloudEventHeaders.TYPE, row.getString("ce_type"));
    if (row.getString("ce_subject") != null) {
      headers.put(CloudEventHeaders.SUBJECT, row.getString("ce_subject"));
    }
    headers.put(
        CloudEventHeaders.TIME,
        DateTimeFormatter.ISO_INSTANT.format(row.getOffsetDateTime("occurred_at").toInstant()));
    headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    return headers;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
