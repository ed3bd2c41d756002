package com.shopwarden.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.commerce.CommerceSignal;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import com.shopwarden.testing.TestKafka;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With the scheduled relay polling only hourly, committed events still reach Kafka within seconds:
 * the commit itself wakes the relay.
 */
@QuarkusTest
@TestProfile(RelayWakeUpTest.HourlyPoll.class)
class RelayWakeUpTest {

  /** The relay runs by itself here, but its poll would leave an event waiting for an hour. */
  public static class HourlyPoll implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "shopwarden.outbox.relay-enabled", "true", "shopwarden.outbox.poll-interval", "1h");
    }
  }

  @Inject Outbox outbox;
  @Inject Clock clock;

  @Test
  void everyCommitWakesTheRelay() throws Throwable {
    // The first event may meet the poll that runs at start; the second can only meet a wake-up.
    for (int i = 1; i <= 2; i++) {
      CommerceSignal signal = signal("acct-wake-" + i);
      VertxContextSupport.subscribeAndAwait(
          () -> Panache.withTransaction(() -> outbox.publish(signal)));

      assertThat(
              TestKafka.read(
                  Topics.COMMERCE_SIGNALS,
                  r -> signal.eventId().toString().equals(TestKafka.header(r, "ce_id")),
                  1,
                  Duration.ofSeconds(15)))
          .hasSize(1);
    }
  }

  private CommerceSignal signal(String account) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return new CommerceSignal(
        UUID.randomUUID(),
        "ID",
        now,
        account,
        AccountType.SELLER,
        CommerceSignalKind.ORDER,
        1,
        new TimeWindow(now.minus(Duration.ofDays(1)), now));
  }
}
