package com.shopwarden.health;

import static com.shopwarden.health.Measures.applied;
import static com.shopwarden.health.Measures.send;
import static com.shopwarden.health.Published.awaitConsumed;
import static com.shopwarden.health.Published.awaitEvents;
import static com.shopwarden.health.Published.count;
import static com.shopwarden.health.Published.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.contracts.health.PrivilegesChanged;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Enforcement's measures booked on the ledger through the real broker and database: points,
 * milestones, tiers and reversals, each change published exactly once.
 */
@QuarkusTest
class MeasureLedgerTest {

  private static final EventJson JSON = new EventJson();

  @Inject Clock clock;

  private static String account() {
    return "acct-" + UUID.randomUUID();
  }

  @Test
  void violationPointsAreBookedAndHealthChangedIsPublishedOnce() {
    String account = account();
    ActionApplied removal =
        applied(
            "ID", account, "act-1", MeasureType.REMOVE_CONTENT, 4, clock.instant(), null, "v-1");
    send(removal);

    HealthChanged changed = awaitEvents(account, HealthChanged.class, 1).get(0);
    assertThat(changed.market()).isEqualTo("ID");
    assertThat(changed.activePoints()).isEqualTo(4);
    assertThat(changed.rating()).isNull();
    assertThat(changed.tier()).isEqualTo(Tier.GOOD);
    assertThat(changed.milestoneCrossed()).isNull();
    assertThat(changed.nextMilestone()).isEqualTo(12);
    assertThat(changed.recentViolations()).isEqualTo(1);

    // Redelivery of the same event and a measure without points change nothing.
    send(removal);
    ActionApplied warning =
        applied("ID", account, "act-2", MeasureType.WARNING, 0, clock.instant(), null);
    send(warning);
    awaitConsumed(warning.eventId());
    assertThat(events(account, HealthChanged.class)).hasSize(1);
    assertThat(count("select count(*) from ledger_entry where account_id = ?", account))
        .isEqualTo(1);

    // And the event reaches Kafka, keyed by the account, with its CloudEvents type.
    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.read(
            Topics.ACCOUNT_HEALTH,
            r -> changed.eventId().toString().equals(TestKafka.header(r, "ce_id")),
            1,
            Published.WAIT);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).key()).isEqualTo(account);
    assertThat(TestKafka.header(records.get(0), "ce_type"))
        .isEqualTo(EventTypes.of(HealthChanged.class).ceType());
    assertThat(JSON.read(records.get(0).value(), HealthChanged.class)).isEqualTo(changed);
  }

  @Test
  void crossingAMilestoneIsPublishedOnceWithTheNewTier() {
    String account = account();
    send(
        applied(
            "ID", account, "act-a", MeasureType.DELIST_PRODUCT, 8, clock.instant(), null, "v-a"));
    awaitEvents(account, HealthChanged.class, 1);
    send(
        applied(
            "ID", account, "act-b", MeasureType.DELIST_PRODUCT, 4, clock.instant(), null, "v-b"));

    HealthChanged crossing = awaitEvents(account, HealthChanged.class, 2).get(1);
    assertThat(crossing.activePoints()).isEqualTo(12);
    assertThat(crossing.tier()).isEqualTo(Tier.CAUTION);
    // The crossing is named by the entry that caused it: act-b's violation points.
    String causing = Published.entryOf(account, "act-b");
    assertThat(crossing.milestoneCrossed())
        .isEqualTo(new MilestoneCrossing(12, Direction.UP, causing + "/12/UP"));
    assertThat(crossing.nextMilestone()).isEqualTo(24);
    assertThat(crossing.recentViolations()).isEqualTo(2);

    // A second measure answering a violation already booked adds no points.
    ActionApplied again =
        applied(
            "ID", account, "act-c", MeasureType.LIMIT_VISIBILITY, 4, clock.instant(), null, "v-b");
    send(again);
    awaitConsumed(again.eventId());
    assertThat(events(account, HealthChanged.class)).hasSize(2);
    assertThat(
            count(
                "select count(*) from tier_change where account_id = ? and to_tier = 'CAUTION'",
                account))
        .isEqualTo(1);
  }

  @Test
  void aReversalVoidsThePointsWithoutDeletingThem() {
    String account = account();
    ActionApplied applied =
        applied(
            "MY", account, "act-r", MeasureType.REMOVE_CONTENT, 24, clock.instant(), null, "v-r");
    send(applied);
    HealthChanged first = awaitEvents(account, HealthChanged.class, 1).get(0);
    String entry = Published.entryOf(account, "act-r");
    assertThat(first.milestoneCrossed())
        .isEqualTo(new MilestoneCrossing(24, Direction.UP, entry + "/24/UP"));
    assertThat(first.tier()).isEqualTo(Tier.AT_RISK);

    send(Measures.reversed(applied, clock.instant()));
    HealthChanged recovered = awaitEvents(account, HealthChanged.class, 2).get(1);
    assertThat(recovered.activePoints()).isZero();
    assertThat(recovered.tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(recovered.milestoneCrossed())
        .isEqualTo(new MilestoneCrossing(12, Direction.DOWN, entry + "/12/DOWN"));
    assertThat(recovered.nextMilestone()).isEqualTo(12);
    // A voided violation is no longer a recent one.
    assertThat(recovered.recentViolations()).isZero();

    // Crossing the same milestone again is a new crossing with its own id.
    send(
        applied(
            "MY",
            account,
            "act-r2",
            MeasureType.REMOVE_CONTENT,
            12,
            clock.instant(),
            null,
            "v-r2"));
    HealthChanged again = awaitEvents(account, HealthChanged.class, 3).get(2);
    assertThat(again.milestoneCrossed())
        .isEqualTo(
            new MilestoneCrossing(
                12, Direction.UP, Published.entryOf(account, "act-r2") + "/12/UP"));
    assertThat(
            count(
                "select count(*) from ledger_entry where account_id = ? and voided_at is not null"
                    + " and void_reason like 'APPEAL_OVERTURNED%'",
                account))
        .isEqualTo(1);
  }

  @Test
  void theUsRatingFallsWithPointsAndCrossesItsMilestone() {
    String account = account();
    send(
        applied(
            "US",
            account,
            "act-us",
            MeasureType.DELIST_PRODUCT,
            43,
            clock.instant(),
            null,
            "v-us"));
    HealthChanged changed = awaitEvents(account, HealthChanged.class, 1).get(0);
    assertThat(changed.rating()).isEqualTo(140);
    assertThat(changed.activePoints()).isNull();
    assertThat(changed.tier()).isEqualTo(Tier.AT_RISK);
    assertThat(changed.milestoneCrossed())
        .isEqualTo(
            new MilestoneCrossing(
                150, Direction.DOWN, Published.entryOf(account, "act-us") + "/150/DOWN"));
    assertThat(changed.nextMilestone()).isEqualTo(100);
  }

  @Test
  void recentViolationsCountTheNinetyDaysBeforeTheChange() {
    String account = account();
    Instant now = clock.instant();
    Instant edge = now.minus(Duration.ofDays(90));
    // US deductions stay 180 days, so older violations still lower the rating. A fresh violation
    // comes first, so no clean-record recovery is due for the older ones.
    send(violation("US", account, "act-now", now, "v-now"));
    HealthChanged fresh = awaitEvents(account, HealthChanged.class, 1).get(0);
    assertThat(fresh.rating()).isEqualTo(900);
    assertThat(fresh.recentViolations()).isEqualTo(1);

    send(violation("US", account, "act-edge", edge, "v-edge"));
    HealthChanged onTheEdge = awaitEvents(account, HealthChanged.class, 2).get(1);
    assertThat(onTheEdge.rating()).isEqualTo(800);
    assertThat(onTheEdge.recentViolations()).isEqualTo(1);

    send(violation("US", account, "act-inside", edge.plusMillis(1), "v-inside"));
    HealthChanged inside = awaitEvents(account, HealthChanged.class, 3).get(2);
    assertThat(inside.rating()).isEqualTo(700);
    assertThat(inside.recentViolations()).isEqualTo(2);
    assertThat(
            count(
                "select count(*) from ledger_entry where account_id = ? and policy_code ="
                    + " 'COUNTERFEIT' and severity = 'HIGH'",
                account))
        .isEqualTo(3);
  }

  private static ActionApplied violation(
      String market, String account, String actionId, Instant at, String key) {
    return Measures.violation(market, account, actionId, 5, at, "COUNTERFEIT", Severity.HIGH, key);
  }

  @Test
  void privilegesChangedCarriesTheCommissionRateAndListingQuota() {
    String account = account();
    send(
        applied(
            "ID",
            account,
            "act-p1",
            MeasureType.DELIST_PRODUCT,
            12,
            clock.instant(),
            null,
            "v-p1"));
    PrivilegesChanged caution = awaitEvents(account, PrivilegesChanged.class, 1).get(0);
    assertThat(caution.privileges().affiliateCommissionRate()).isEqualByComparingTo("0.08");
    assertThat(caution.privileges().listingQuota()).isEqualTo(1000);
    assertThat(caution.privileges().eligibility()).containsEntry("INCENTIVE_PROGRAMMES", false);

    // CAUTION to AT_RISK keeps every eligibility and reward: only the numbers change, and that is
    // a change of privileges of its own.
    send(
        applied(
            "ID",
            account,
            "act-p2",
            MeasureType.DELIST_PRODUCT,
            12,
            clock.instant(),
            null,
            "v-p2"));
    PrivilegesChanged atRisk = awaitEvents(account, PrivilegesChanged.class, 2).get(1);
    assertThat(atRisk.privileges().eligibility()).isEqualTo(caution.privileges().eligibility());
    assertThat(atRisk.privileges().affiliateCommissionRate()).isEqualByComparingTo("0.05");
    assertThat(atRisk.privileges().listingQuota()).isEqualTo(500);

    // A measure that blocks new listings sets the quota to 0.
    ActionApplied limit =
        applied(
            "ID",
            account,
            "act-p3",
            MeasureType.LIMIT_NEW_LISTINGS,
            0,
            clock.instant(),
            clock.instant().plus(Duration.ofDays(7)));
    send(limit);
    PrivilegesChanged limited = awaitEvents(account, PrivilegesChanged.class, 3).get(2);
    assertThat(limited.privileges().listingQuota()).isZero();
    assertThat(limited.privileges().affiliateCommissionRate()).isEqualByComparingTo("0.05");
    awaitConsumed(limit.eventId());
    assertThat(events(account, PrivilegesChanged.class)).hasSize(3);
  }

  @Test
  void anUnreadableMeasureGoesToTheDeadLetterTopic() {
    String poisonId = UUID.randomUUID().toString();
    Map<String, String> headers = new HashMap<>();
    headers.put("ce_id", poisonId);
    headers.put("ce_type", EventTypes.of(ActionApplied.class).ceType());
    headers.put("ce_source", "/a-broken-producer");
    headers.put("ce_specversion", "1.0");
    TestKafka.send(
        Topics.ENFORCEMENT_ACTIONS,
        "acct-poison",
        "{\"points\": -3".getBytes(StandardCharsets.UTF_8),
        headers);
    List<ConsumerRecord<String, byte[]>> dead =
        TestKafka.read(
            Topics.deadLetterOf(Topics.ENFORCEMENT_ACTIONS),
            r -> poisonId.equals(TestKafka.header(r, "ce_id")),
            1,
            Duration.ofSeconds(30));
    assertThat(dead).hasSize(1);
    assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).startsWith("unreadable");
  }

  @Test
  void measuresOfMarketsThisDeploymentDoesNotServeAreLeftAlone() {
    String account = account();
    ActionApplied french =
        applied(
            "FR", account, "act-fr", MeasureType.DELIST_PRODUCT, 6, clock.instant(), null, "v-fr");
    send(french);
    awaitConsumed(french.eventId());
    assertThat(count("select count(*) from ledger_entry where account_id = ?", account)).isZero();
    assertThat(count("select count(*) from account_health where account_id = ?", account)).isZero();
  }
}
