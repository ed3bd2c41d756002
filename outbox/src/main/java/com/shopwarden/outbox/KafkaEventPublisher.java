package com.shopwarden.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's producer: idempotent with {@code acks=all}, so records of one partition keep their
 * order through the producer's own retries and an acknowledgement means the record is durable.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

  private final String bootstrapServers;
  private volatile KafkaProducer<String, byte[]> producer;

  public KafkaEventPublisher(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  @Override
  public Uni<Void> send(String topic, String key, byte[] value, Map<String, String> headers) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
    headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
    return Uni.createFrom()
        .emitter(
            emitter ->
                producer()
                    .send(
                        record,
                        (metadata, failure) -> {
                          if (failure == null) {
                            emitter.complete(null);
                          } else {
                            emitter.fail(failure);
                          }
                        }));
  }

  private KafkaProducer<String, byte[]> producer() {
    KafkaProducer<String, byte[]> current = producer;
    if (current == null) {
      synchronized (this) {
        if (producer == null) {
          producer = create();
        }
        current = producer;
      }
    }
    return current;
  }

  private KafkaProducer<String, byte[]> create() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "shopwarden-outbox-relay");
    // The relay holds a database transaction while it waits: fail a send within bounded time so
    // the row is retried later instead of pinning a connection.
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  void close(@Observes ShutdownEvent event) {
    KafkaProducer<String, byte[]> current = producer;
    if (current != null) {
      current.close(java.time.Duration.ofSeconds(5));
    }
  }
}
