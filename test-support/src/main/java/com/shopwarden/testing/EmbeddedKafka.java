package com.shopwarden.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * One real KRaft Kafka broker per test JVM, on a random loopback port.
 *
 * <p>Started lazily and shared by every Quarkus boot in the JVM: a {@code @TestProfile} restart
 * keeps the broker, so topics and offsets survive between profiles like they would in production.
 */
public final class EmbeddedKafka {

  private static EmbeddedKafkaBroker broker;

  private EmbeddedKafka() {}

  /** Starts the broker on first use and returns its bootstrap servers. */
  public static synchronized String bootstrapServers() {
    if (broker == null) {
      broker = new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(true);
      broker.start();
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedKafka::stop));
    }
    return broker.getAdvertisedListeners();
  }

  private static synchronized void stop() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }
}
