package com.shopwarden.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.commerce.CommerceSignal;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import com.shopwarden.testing.AdjustableClock;
import com.shopwarden.testing.CurrentTestDatabase;
import com.shopwarden.testing.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox and inbox against a real PostgreSQL and a real Kafka broker: nothing is published for
 * a rolled-back change, everything committed is published at least once and applied once, poison
 * messages are dead-lettered, and one key's events keep their order with two relays running.
 */
@QuarkusTest
class OutboxDeliveryTest {

  private static final EventJson JSON = new EventJson();

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject Outbox outbox;
  @Inject OutboxRelay relay;
  @Inject OutboxPruner pruner;
  @Inject Pool pool;
  @Inject EventPublisher publisher;
  @Inject Clock clock;
  @Inject OutboxConfig config;
  @Inject DeliveryMetrics metrics;
  @Inject MeterRegistry registry;

  private Instant clockStart;

  @AfterEach
  void resetClock() {
    if (clockStart != null) {
      ((AdjustableClock) clock).set(clockStart);
    }
  }

  @Test
  void rolledBackTransactionPublishesNothing() throws Throwable {
    CommerceSignal signal = signal("acct-rollback", 1);
    assertThatThrownBy(
            () ->
                VertxContextSupport.subscribeAndAwait(
                    () ->
                        Panache.withTransaction(
                            () ->
                                outbox
                                    .publish(signal)
                                    .chain(
                                        () ->
                                            Uni.createFrom()
                                                .failure(
                                                    new IllegalStateException(
                                                        "the state change was refused"))))))
        .hasMessageContaining("the state change was refused");

    assertThat(count("select count(*) from outbox_event where event_id = ?", signal.eventId()))
        .isZero();
    relay.relayOnce().await().atMost(WAIT);
    assertThat(
            TestKafka.read(
                Topics.COMMERCE_SIGNALS,
                r -> signal.eventId().toString().equals(TestKafka.header(r, "ce_id")),
                1,
                Duration.ofSeconds(2)))
        .isEmpty();
  }

  @Test
  void committedEventIsPublishedKeyedWithCloudEventHeaders() throws Throwable {
    CommerceSignal signal = signal("acct-commit", 3);
    commit(signal);
    double publishedBefore = registry.counter("shopwarden.outbox.published").count();
    assertThat(relay.relayOnce().await().atMost(WAIT)).isGreaterThanOrEqualTo(1);
    assertThat(registry.counter("shopwarden.outbox.published").count())
        .isGreaterThan(publishedBefore);

    List<ConsumerRecord<String, byte[]>> records = published(signal.eventId(), 1);
    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    assertThat(record.key()).isEqualTo("acct-commit");
    assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(TestKafka.header(record, "ce_type"))
        .isEqualTo(EventTypes.of(CommerceSignal.class).ceType());
    assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/shopwarden/outbox-test");
    assertThat(TestKafka.header(record, "ce_subject")).isEqualTo("acct-commit");
    assertThat(Instant.parse(TestKafka.header(record, "ce_time"))).isEqualTo(signal.occurredAt());
    assertThat(JSON.read(record.value(), CommerceSignal.class)).isEqualTo(signal);
    assertThat(
            count(
                "select count(*) from outbox_event where event_id = ? and sent_at is not null",
                signal.eventId()))
        .isEqualTo(1);
  }

  @Test
  void relayDyingBetweenSendAndMarkRepublishesAndTheDuplicateChangesNothing() throws Throwable {
    CommerceSignal signal = signal("acct-relay-dies", 7);
    commit(signal);
    OutboxRelay dying =
        new OutboxRelay(pool, publisher, clock, config, metrics) {
          @Override
          protected Uni<Void> beforeMarkingSent(int shard, List<Long> sentIds) {
            return Uni.createFrom().failure(new IllegalStateException("relay process killed"));
          }
        };
    int shard = OutboxShards.of(signal.partitionKey(), config.shards());
    assertThatThrownBy(() -> dying.relayShard(shard).await().atMost(WAIT))
        .hasMessageContaining("relay process killed");
    assertThat(
            count(
                "select count(*) from outbox_event where event_id = ? and sent_at is null",
                signal.eventId()))
        .isEqualTo(1);

    relay.relayOnce().await().atMost(WAIT);
    assertThat(published(signal.eventId(), 2)).hasSize(2);

    // A later event on the same key is consumed after both copies (one partition, in order).
    CommerceSignal marker = signal("acct-relay-dies", 8);
    commit(marker);
    relay.relayOnce().await().atMost(WAIT);
    await()
        .atMost(WAIT)
        .until(
            () -> count("select count(*) from signal_ledger where event_id = ?", marker.eventId()),
            n -> n == 1);
    assertThat(count("select count(*) from signal_ledger where event_id = ?", signal.eventId()))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from processed_event where consumer = 'test.signal-ledger'"
                    + " and event_id = ?",
                signal.eventId().toString()))
        .isEqualTo(1);
  }

  @Test
  void unreadableMessageIsDeadLetteredWithItsReasonAndTheNextIsProcessed() throws Throwable {
    String poisonId = UUID.randomUUID().toString();
    Map<String, String> headers = new HashMap<>();
    headers.put("ce_id", poisonId);
    headers.put("ce_type", EventTypes.of(CommerceSignal.class).ceType());
    headers.put("ce_source", "/a-broken-producer");
    headers.put("ce_specversion", "1.0");
    TestKafka.send(
        Topics.COMMERCE_SIGNALS,
        "acct-poison",
        "{\"eventId\": \"not even json".getBytes(StandardCharsets.UTF_8),
        headers);
    CommerceSignal next = signal("acct-poison", 5);
    commit(next);
    relay.relayOnce().await().atMost(WAIT);

    List<ConsumerRecord<String, byte[]>> dead =
        TestKafka.read(
            Topics.deadLetterOf(Topics.COMMERCE_SIGNALS),
            r -> poisonId.equals(TestKafka.header(r, "ce_id")),
            1,
            WAIT);
    assertThat(dead).hasSize(1);
    assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).startsWith("unreadable");
    assertThat(
            registry
                .counter("shopwarden.inbox.dead.lettered", "consumer", "test.signal-ledger")
                .count())
        .isGreaterThanOrEqualTo(1);
    assertThat(TestKafka.header(dead.get(0), "dead-letter-topic"))
        .isEqualTo(Topics.COMMERCE_SIGNALS);
    await()
        .atMost(WAIT)
        .until(
            () -> count("select count(*) from signal_ledger where event_id = ?", next.eventId()),
            n -> n == 1);
  }

  @Test
  void effectThatKeepsFailingIsDeadLetteredAfterBoundedRetries() throws Throwable {
    CommerceSignal doomed = signal(SignalLedger.FAILING_ACCOUNT, 1);
    commit(doomed);
    relay.relayOnce().await().atMost(WAIT);

    List<ConsumerRecord<String, byte[]>> dead =
        TestKafka.read(
            Topics.deadLetterOf(Topics.COMMERCE_SIGNALS),
            r -> doomed.eventId().toString().equals(TestKafka.header(r, "ce_id")),
            1,
            WAIT);
    assertThat(dead).hasSize(1);
    assertThat(TestKafka.header(dead.get(0), "dead-letter-reason"))
        .isEqualTo("failed after 2 attempts: ledger refuses this account");
    // The failed attempts rolled back, including the remembered event id.
    assertThat(
            count(
                "select count(*) from processed_event where event_id = ?",
                doomed.eventId().toString()))
        .isZero();
  }

  @Test
  void twoRelaysKeepEachKeysOrder() throws Throwable {
    List<String> accounts = List.of("acct-o1", "acct-o2", "acct-o3", "acct-o4", "acct-o5");
    int perAccount = 30;
    for (int sequence = 0; sequence < perAccount; sequence++) {
      for (String account : accounts) {
        commit(signal(account, sequence));
      }
    }
    OutboxRelay second = new OutboxRelay(pool, publisher, clock, config, metrics);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (OutboxRelay each : List.of(relay, second)) {
        runs.add(
            threads.submit(
                () -> {
                  while (pendingCount() > 0) {
                    each.relayOnce().await().atMost(WAIT);
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      threads.shutdownNow();
    }

    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.read(
            Topics.COMMERCE_SIGNALS,
            r -> accounts.contains(r.key()),
            accounts.size() * perAccount,
            WAIT);
    Map<String, List<Long>> sequences = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      CommerceSignal signal = JSON.read(record.value(), CommerceSignal.class);
      sequences.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(signal.count());
    }
    List<Long> expected = new ArrayList<>();
    for (long i = 0; i < perAccount; i++) {
      expected.add(i);
    }
    for (String account : accounts) {
      assertThat(sequences.get(account)).as(account).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void eventWrittenByAClockRunningAheadIsPublishedAtOnce() throws Throwable {
    AdjustableClock adjustable = (AdjustableClock) clock;
    clockStart = adjustable.instant();
    adjustable.advance(Duration.ofMinutes(10));
    CommerceSignal signal = signal("acct-clock-ahead", 1);
    commit(signal);
    adjustable.set(clockStart);

    relay.relayOnce().await().atMost(WAIT);
    assertThat(
            count(
                "select count(*) from outbox_event where event_id = ? and sent_at is not null",
                signal.eventId()))
        .isEqualTo(1);
  }

  @Test
  void pruningRemovesSentEventsAndRememberedIdsAfterTheirRetention() throws Throwable {
    CommerceSignal signal = signal("acct-prune", 1);
    commit(signal);
    relay.relayOnce().await().atMost(WAIT);
    await()
        .atMost(WAIT)
        .until(
            () ->
                count(
                    "select count(*) from processed_event where event_id = ?",
                    signal.eventId().toString()),
            n -> n == 1);
    AdjustableClock adjustable = (AdjustableClock) clock;
    clockStart = adjustable.instant();

    adjustable.advance(config.sentRetention().plusMinutes(1));
    pruner.prune().await().atMost(WAIT);
    assertThat(count("select count(*) from outbox_event where event_id = ?", signal.eventId()))
        .isZero();
    assertThat(
            count(
                "select count(*) from processed_event where event_id = ?",
                signal.eventId().toString()))
        .isEqualTo(1);

    adjustable.set(clockStart.plus(config.processedRetention()).plusSeconds(60));
    pruner.prune().await().atMost(WAIT);
    assertThat(
            count(
                "select count(*) from processed_event where event_id = ?",
                signal.eventId().toString()))
        .isZero();
  }

  private List<ConsumerRecord<String, byte[]>> published(UUID eventId, int copies) {
    return TestKafka.read(
        Topics.COMMERCE_SIGNALS,
        r -> eventId.toString().equals(TestKafka.header(r, "ce_id")),
        copies,
        WAIT);
  }

  private void commit(CommerceSignal signal) throws Throwable {
    VertxContextSupport.subscribeAndAwait(
        () -> Panache.withTransaction(() -> outbox.publish(signal)));
  }

  private CommerceSignal signal(String account, long count) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return new CommerceSignal(
        UUID.randomUUID(),
        "ID",
        now,
        account,
        AccountType.SELLER,
        CommerceSignalKind.ORDER,
        count,
        new TimeWindow(now.minus(Duration.ofDays(1)), now));
  }

  private static long pendingCount() throws SQLException {
    return count("select count(*) from outbox_event where sent_at is null");
  }

  private static long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = CurrentTestDatabase.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
