package com.shopwarden.outbox;

import com.shopwarden.contracts.CloudEventHeaders;
import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventType;
import com.shopwarden.contracts.EventTypes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies incoming events exactly once. The event id is recorded in {@code processed_event} in the
 * same transaction as the consumer's change, so a redelivered event changes nothing. An event that
 * cannot be read, or whose effect still fails after bounded retries, is nacked: the channel's
 * {@code dead-letter-queue} failure strategy moves it to {@code <topic>.dlq} with the reason in its
 * headers, and the consumer goes on with the next message.
 */
@ApplicationScoped
public class EventInbox {

  private static final EventJson JSON = new EventJson();

  private static final Logger LOG = Logger.getLogger(EventInbox.class);

  private static final String REMEMBER =
      "insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, ?3)"
          + " on conflict do nothing";

  private final Clock clock;
  private final InboxConfig config;
  private final DeliveryMetrics metrics;

  public EventInbox(Clock clock, InboxConfig config, DeliveryMetrics metrics) {
    this.clock = clock;
    this.config = config;
    this.metrics = metrics;
  }

  /**
   * Reads the message's event and applies the handler registered for its type, once.
   *
   * @param consumer a stable name of the consuming use case; ids are remembered per consumer
   */
  public Uni<Void> consume(String consumer, Message<byte[]> message, EventHandlers handlers) {
    String ceType = header(message, CloudEventHeaders.TYPE);
    if (ceType == null) {
      return reject(consumer, message, "no ce_type header: not a CloudEvent");
    }
    Optional<EventType> type = EventTypes.byCeType(ceType);
    Optional<Function<DomainEvent, Uni<Void>>> handler =
        type.flatMap(t -> handlers.forType(t.recordClass()));
    if (handler.isEmpty()) {
      // Topics carry several event types and newer producers may add more: not ours to judge.
      return Uni.createFrom().completionStage(message.ack());
    }
    DomainEvent event;
    try {
      event = JSON.read(message.getPayload(), type.get().recordClass());
    } catch (RuntimeException e) {
      return reject(consumer, message, "unreadable " + ceType + ": " + e.getMessage());
    }
    return Panache.withTransaction(() -> applyOnce(consumer, event, handler.get()))
        .onFailure()
        .retry()
        .withBackOff(config.retryBackoff())
        .atMost(Math.max(0, config.maxAttempts() - 1))
        .onItem()
        .transformToUni(
            duplicate -> {
              // Counted after the commit, so a rolled-back attempt is not reported as applied.
              metrics.applied(consumer, duplicate);
              return Uni.createFrom().completionStage(message.ack());
            })
        .onFailure()
        .recoverWithUni(
            failure ->
                reject(
                    consumer,
                    message,
                    "failed after " + config.maxAttempts() + " attempts: " + rootMessage(failure)));
  }

  /** Applies the event unless already applied; true when it was a duplicate. */
  private Uni<Boolean> applyOnce(
      String consumer, DomainEvent event, Function<DomainEvent, Uni<Void>> handler) {
    return remember(consumer, event.eventId())
        .flatMap(
            first -> {
              if (!first) {
                LOG.debugf("%s already applied event %s", consumer, event.eventId());
                return Uni.createFrom().item(Boolean.TRUE);
              }
              return handler.apply(event).replaceWith(Boolean.FALSE);
            });
  }

  private Uni<Boolean> remember(String consumer, UUID eventId) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(REMEMBER)
                    .setParameter(1, consumer)
                    .setParameter(2, eventId.toString())
                    .setParameter(3, clock.instant())
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }

  private Uni<Void> reject(String consumer, Message<byte[]> message, String reason) {
    LOG.warnf("%s dead-letters a message: %s", consumer, reason);
    metrics.deadLettered(consumer);
    return Uni.createFrom().completionStage(message.nack(new PoisonEventException(reason)));
  }

  private static String header(Message<byte[]> message, String name) {
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(metadata -> metadata.getHeaders().lastHeader(name))
        .map(Header::value)
        .map(value -> new String(value, StandardCharsets.UTF_8))
        .orElse(null);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
