package com.shopwarden.enforcement;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.CloudEventAttributes;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.testing.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Publishing input events as the other services do, and reading what enforcement published. */
public final class TestEvents {

  private static final EventJson JSON = new EventJson();

  private TestEvents() {}

  /** Sends an event to its topic with CloudEvents headers. */
  public static void send(DomainEvent event) {
    TestKafka.send(
        EventTypes.of(event).topic(),
        event.partitionKey(),
        JSON.write(event),
        CloudEventAttributes.of(event, "/shopwarden/test-producer").toHeaders());
  }

  /** Waits for {@code count} events of a type on its topic that match, and returns them. */
  public static <E extends DomainEvent> List<E> published(
      Class<E> type, Predicate<E> filter, int count) {
    String ceType = EventTypes.of(type).ceType();
    return TestKafka.read(
            EventTypes.of(type).topic(),
            r ->
                ceType.equals(TestKafka.header(r, "ce_type"))
                    && filter.test(JSON.read(r.value(), type)),
            count,
            Duration.ofSeconds(count == 0 ? 3 : 30))
        .stream()
        .map(r -> JSON.read(r.value(), type))
        .toList();
  }

  /** A moderation finding for an account. */
  public static ViolationConfirmed violation(
      String market,
      String accountId,
      AccountType type,
      String policyCode,
      Severity severity,
      ContentKind kind) {
    String contentId = "content-" + UUID.randomUUID();
    return new ViolationConfirmed(
        UUID.randomUUID(),
        market,
        Instant.now(),
        "moderation:" + contentId + ":1:" + policyCode,
        accountId,
        type,
        contentId,
        1,
        kind,
        LocalDate.of(2026, 1, 15),
        "en",
        policyCode,
        severity,
        Detection.AUTOMATED,
        DecisionMode.AUTOMATED,
        ViolationSource.VOLUNTARY,
        "strategy-text-rules",
        3,
        "evidence-" + contentId);
  }
}
