package com.shopwarden.health.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.CloudEventAttributes;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.testing.CurrentTestDatabase;
import com.shopwarden.testing.EmbeddedKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The booking benchmark of issue 7, kept out of the test run (its name does not end in Test; the
 * {@code bench} Maven profile runs it): enforcement's {@code ActionApplied} events go through the
 * real broker into the running service, which books each on the ledger, reassesses tier and
 * privileges, refreshes the risk score and writes {@code HealthChanged} to the outbox, which the
 * relay publishes. Measured, against the real database:
 *
 * <ul>
 *   <li>events booked per second from a backlog (the consumer as fast as it goes);
 *   <li>at a paced rate, the time from the service consuming an event to its {@code HealthChanged}
 *       being handed to Kafka (and, for context, to it being written to the outbox, and from the
 *       producer's send to a reader receiving it);
 *   <li>pgbench on the same server in the same run, and the ratio of the two rates.
 * </ul>
 *
 * Settings (system properties): {@code bench.events} (10000), {@code bench.warmup-events} (1000),
 * {@code bench.latency-rate} per second (20), {@code bench.latency-seconds} (30), {@code
 * bench.pgbench} (pgbench), {@code bench.pgbench-scale} (10), {@code bench.pgbench-seconds} (30),
 * {@code bench.report} (target/booking-benchmark.txt).
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
class BookingBenchmark {

  private static final EventJson JSON = new EventJson();

  private static final String HEALTH_CHANGED = EventTypes.of(HealthChanged.class).ceType();

  private static final String CONSUMER = "creator-health.measures";

  /** A points market and the rating market, so both models are booked. */
  private static final List<String> MARKETS = List.of("ID", "US");

  private final int warmupEvents = Integer.getInteger("bench.warmup-events", 1000);
  private final int events = Integer.getInteger("bench.events", 10000);
  private final double latencyRate =
      Double.parseDouble(System.getProperty("bench.latency-rate", "20"));
  private final int latencySeconds = Integer.getInteger("bench.latency-seconds", 30);
  private final String pgbenchBinary = System.getProperty("bench.pgbench", "pgbench");
  private final int pgbenchScale = Integer.getInteger("bench.pgbench-scale", 10);
  private final int pgbenchSeconds = Integer.getInteger("bench.pgbench-seconds", 30);
  private final Path reportFile =
      Path.of(System.getProperty("bench.report", "target/booking-benchmark.txt"));

  private final List<String> report = new ArrayList<>();

  @Test
  void bookingRateLatencyAndThePgbenchRatio() throws Exception {
    line("Creator-health booking benchmark, " + Instant.now());
    line("Machine: " + MachineFacts.describe());
    line("Load average at start: " + MachineFacts.loadAverage());
    Pgbench pgbench =
        Pgbench.onServerOf(
            pgbenchBinary,
            System.getProperty("shopwarden.test.db.url"),
            System.getProperty("shopwarden.test.db.user"),
            System.getProperty("shopwarden.test.db.password"));
    line("PostgreSQL " + pgbench.server() + ": " + pgbench.describeServer());

    double booked;
    try (KafkaProducer<String, byte[]> producer = producer()) {
      bookBacklog(producer, "bench-w-", warmupEvents);
      line(String.format(Locale.ROOT, "Warm-up: %d events booked", warmupEvents));
      booked = throughput(producer);
      latency(producer);
    }
    line("Load average after the service phases: " + MachineFacts.loadAverage());

    line("pgbench: " + pgbench.version());
    Pgbench.Result single = pgbench.run(pgbenchScale, 1, pgbenchSeconds);
    line("pgbench, 1 client (the service books with one consumer): " + single);
    Pgbench.Result four = pgbench.run(pgbenchScale, 4, pgbenchSeconds);
    line("pgbench, 4 clients: " + four);
    line(
        String.format(
            Locale.ROOT,
            "Ratio: %.3f booked events per pgbench transaction (1 client); %.3f against 4 clients",
            booked / single.tps(),
            booked / four.tps()));
    line("Load average at the end: " + MachineFacts.loadAverage());
    Files.createDirectories(reportFile.toAbsolutePath().getParent());
    Files.write(reportFile, report, StandardCharsets.UTF_8);
    assertThat(single.tps()).isPositive();
  }

  /** Books a backlog of {@code events} and answers the rate, checking each produced its event. */
  private double throughput(KafkaProducer<String, byte[]> producer) throws Exception {
    Instant sendStart = Instant.now();
    long wallStart = System.nanoTime();
    bookBacklog(producer, "bench-t-", events);
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    Instant firstConsumed =
        queryInstant(
            "select min(processed_at) from processed_event where consumer = ? and processed_at >= ?",
            CONSUMER,
            Timestamp.from(sendStart));
    Instant lastWritten =
        queryInstant(
            "select max(created_at) from outbox_event where ce_type = ? and partition_key like ?",
            HEALTH_CHANGED,
            "bench-t-%");
    long healthChanged =
        count(
            "select count(*) from outbox_event where ce_type = ? and partition_key like ?",
            HEALTH_CHANGED,
            "bench-t-%");
    long entries = count("select count(*) from ledger_entry where account_id like ?", "bench-t-%");
    assertThat(healthChanged).as("one HealthChanged per booked event").isEqualTo(events);
    assertThat(entries).as("one ledger entry per event").isEqualTo(events);
    double serviceSeconds = Duration.between(firstConsumed, lastWritten).toNanos() / 1e9;
    double rate = events / serviceSeconds;
    line(
        String.format(
            Locale.ROOT,
            "Booking: %d events over %d accounts (2 each, markets %s) in %.2f s from the first"
                + " consumed to the last HealthChanged written: %.1f events/s (%.2f ms each);"
                + " %.1f events/s by wall clock from the first send",
            events,
            events / 2,
            MARKETS,
            serviceSeconds,
            rate,
            1000 / rate,
            events / wallSeconds));
    return rate;
  }

  /** Sends {@code count} events (two per account) at once and waits until all are applied. */
  private void bookBacklog(KafkaProducer<String, byte[]> producer, String prefix, int count)
      throws Exception {
    long before = count("select count(*) from processed_event where consumer = ?", CONSUMER);
    int accounts = count / 2;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < accounts; i++) {
        producer.send(record(violation(prefix + i, round, Instant.now())));
      }
    }
    producer.flush();
    awaitApplied(before + 2L * accounts, Duration.ofMinutes(30));
  }

  /** Paced events to fresh accounts; the latency of each from consumed to published. */
  private void latency(KafkaProducer<String, byte[]> producer) throws Exception {
    int total = (int) Math.round(latencyRate * latencySeconds);
    Map<String, Long> sentAt = new HashMap<>();
    Map<String, UUID> eventIds = new HashMap<>();
    long before = count("select count(*) from processed_event where consumer = ?", CONSUMER);
    try (HealthChangedReader reader = HealthChangedReader.startAtEnd("bench-l-")) {
      long start = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = start + (long) (i * 1e9 / latencyRate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        String account = "bench-l-" + i;
        ActionApplied event = violation(account, 0, Instant.now());
        eventIds.put(account, event.eventId());
        sentAt.put(account, System.currentTimeMillis());
        producer.send(record(event));
      }
      producer.flush();
      awaitApplied(before + total, Duration.ofMinutes(5));
      Map<String, HealthChangedReader.Receipt> received =
          reader.awaitAll(total, Duration.ofMinutes(2));
      Map<String, Instant> consumed = processedAt(eventIds);
      Map<String, Instant> written = healthChangedWrittenAt("bench-l-%");
      List<Double> toOutbox = new ArrayList<>();
      List<Double> toKafka = new ArrayList<>();
      List<Double> endToEnd = new ArrayList<>();
      for (String account : eventIds.keySet()) {
        Instant in = consumed.get(account);
        HealthChangedReader.Receipt out = received.get(account);
        toOutbox.add(millisBetween(in, written.get(account)));
        toKafka.add(out.recordTimestamp() - in.toEpochMilli() - fraction(in));
        endToEnd.add((double) (out.receivedAtMillis() - sentAt.get(account)));
      }
      assertThat(received).hasSize(total);
      line(
          String.format(
              Locale.ROOT,
              "Latency at %.0f events/s for %d s (%d events, one per new account):",
              latencyRate,
              latencySeconds,
              total));
      line("  consumed -> HealthChanged handed to Kafka by the relay: " + Percentiles.of(toKafka));
      line("  consumed -> HealthChanged written to the outbox:        " + Percentiles.of(toOutbox));
      line(
          "  sent to enforcement.actions -> read from account.health: " + Percentiles.of(endToEnd));
    }
  }

  private static double fraction(Instant instant) {
    return (instant.getNano() % 1_000_000) / 1e6;
  }

  private static double millisBetween(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e6;
  }

  private Map<String, Instant> processedAt(Map<String, UUID> eventIds) throws SQLException {
    Map<String, String> accountOf = new HashMap<>();
    eventIds.forEach((account, id) -> accountOf.put(id.toString(), account));
    Map<String, Instant> found = new HashMap<>();
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select event_id, processed_at from processed_event where consumer = ?"
                    + " and event_id = any(?)")) {
      query.setString(1, CONSUMER);
      query.setArray(2, db.createArrayOf("text", accountOf.keySet().toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(accountOf.get(rows.getString(1)), rows.getTimestamp(2).toInstant());
        }
      }
    }
    return found;
  }

  private Map<String, Instant> healthChangedWrittenAt(String accountPattern) throws SQLException {
    Map<String, Instant> found = new HashMap<>();
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select partition_key, created_at from outbox_event where ce_type = ?"
                    + " and partition_key like ?")) {
      query.setString(1, HEALTH_CHANGED);
      query.setString(2, accountPattern);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getTimestamp(2).toInstant());
        }
      }
    }
    return found;
  }

  private static ActionApplied violation(String accountId, int round, Instant at) {
    String market = MARKETS.get(Math.floorMod(accountId.hashCode(), MARKETS.size()));
    String suffix = accountId + "-" + round;
    return new ActionApplied(
        UUID.randomUUID(),
        market,
        at,
        "act-" + suffix,
        List.of("v-" + suffix),
        accountId,
        AccountType.SELLER,
        MeasureType.DELIST_PRODUCT,
        at,
        null,
        4,
        DecisionMode.AUTOMATED,
        null);
  }

  private static ProducerRecord<String, byte[]> record(ActionApplied event) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(Topics.ENFORCEMENT_ACTIONS, event.partitionKey(), JSON.write(event));
    CloudEventAttributes.of(event, "/bench")
        .toHeaders()
        .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    return record;
  }

  private static KafkaProducer<String, byte[]> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    // Paced sends go out at once; the backlog still batches because sends outrun the broker.
    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  private static void awaitApplied(long expected, Duration timeout) throws SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count("select count(*) from processed_event where consumer = ?", CONSUMER) < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the service did not apply " + expected + " events");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  private static long count(String sql, Object... parameters) throws SQLException {
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static Instant queryInstant(String sql, Object... parameters) throws SQLException {
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getTimestamp(1).toInstant();
      }
    }
  }

  private void line(String text) {
    System.out.println("[booking-benchmark] " + text);
    report.add(text);
  }
}
