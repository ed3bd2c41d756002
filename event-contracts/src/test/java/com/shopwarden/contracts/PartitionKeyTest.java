package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.moderation.ContentCleared;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keys follow the event table: the account id unless the table names another key. */
class PartitionKeyTest {

  static Stream<EventType> types() {
    return EventTypes.all().stream();
  }

  @ParameterizedTest
  @MethodSource("types")
  void theKeyIsTheOneTheTableNames(EventType type) {
    DomainEvent sample = EventSamples.of(type);

    assertThat(sample.partitionKey()).isEqualTo(expectedKey(type, sample));
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyAccountEventIsKeyedByItsAccount(EventType type) {
    if (EventSamples.of(type) instanceof AccountEvent event) {
      assertThat(event.partitionKey()).isEqualTo(event.accountId());
    }
  }

  @Test
  void contentClearedIsKeyedByTheOwningAccountLikeTheViolationsOfTheSameItem() {
    ContentCleared cleared = (ContentCleared) EventSamples.of(EventType.CONTENT_CLEARED);

    assertThat(cleared.partitionKey())
        .isEqualTo(EventSamples.violationConfirmed().partitionKey())
        .isEqualTo(EventSamples.CREATOR);
  }

  /** Written out per type (no default), so a new event type must state its key here. */
  private static String expectedKey(EventType type, DomainEvent sample) {
    return switch (type) {
      case VIOLATION_CONFIRMED,
          CONTENT_CLEARED,
          NOTICE_UPHELD,
          NOTICE_RETRACTED,
          ACTION_APPLIED,
          ACTION_REVERSED,
          APPEAL_DECIDED,
          HEALTH_CHANGED,
          PRIVILEGES_CHANGED ->
          EventSamples.CREATOR;
      case CONTENT_RESTORE_DUE,
          REPEAT_INFRINGER_THRESHOLD_REACHED,
          ACTION_EXPIRED,
          COMMERCE_SIGNAL ->
          EventSamples.SELLER;
      case STRATEGY_ROLLED_BACK -> "strat-counterfeit-logo";
      case PROTECTION_ASSET_PUBLISHED -> "ast-tm-00921";
      case PROTECTION_ASSET_WITHDRAWN -> "ast-cr-00133";
      case STATEMENT_INVALID -> "act-551911";
      case TREND_ALERT_RAISED, TREND_ALERT_CLOSED -> "TH:IP_COUNTERFEIT";
      case NOTIFICATION_REQUESTED -> EventSamples.CREATOR;
    };
  }
}
