package com.shopwarden.health.bench;

import com.shopwarden.contracts.CloudEventHeaders;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.testing.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code HealthChanged} from {@code account.health} on its own thread, from the end of the
 * topic on, and notes for each account (of a key prefix) the record's timestamp, which the relay's
 * producer sets when it hands the record over, and when the reader received it.
 */
final class HealthChangedReader implements AutoCloseable {

  private static final String CE_TYPE = EventTypes.of(HealthChanged.class).ceType();

  private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
  private final String keyPrefix;
  private final Thread thread;
  private final CountDownLatch positioned = new CountDownLatch(1);
  private volatile boolean running = true;

  private HealthChangedReader(String keyPrefix) {
    this.keyPrefix = keyPrefix;
    this.thread = new Thread(this::read, "bench-health-reader");
    this.thread.setDaemon(true);
  }

  /** Starts reading at the topic's current end and returns once positioned there. */
  static HealthChangedReader startAtEnd(String keyPrefix) throws InterruptedException {
    HealthChangedReader reader = new HealthChangedReader(keyPrefix);
    reader.thread.start();
    if (!reader.positioned.await(1, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the reader did not reach the end of account.health");
    }
    return reader;
  }

  /** Waits until {@code count} accounts' events arrived and returns the receipts by account. */
  Map<String, Receipt> awaitAll(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (receipts.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return Map.copyOf(receipts);
  }

  private void read() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.ACCOUNT_HEALTH).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      positioned.countDown();
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
          long now = System.currentTimeMillis();
          if (record.key() != null
              && record.key().startsWith(keyPrefix)
              && CE_TYPE.equals(header(record, CloudEventHeaders.TYPE))) {
            receipts.putIfAbsent(record.key(), new Receipt(record.timestamp(), now));
          }
        }
      }
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(TimeUnit.SECONDS.toMillis(10));
  }

  /**
   * @param recordTimestamp the record's timestamp (set by the relay's producer), epoch ms
   * @param receivedAtMillis when this reader received it, epoch ms
   */
  record Receipt(long recordTimestamp, long receivedAtMillis) {}
}
