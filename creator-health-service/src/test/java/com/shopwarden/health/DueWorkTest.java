package com.shopwarden.health;

import static com.shopwarden.health.Measures.applied;
import static com.shopwarden.health.Measures.send;
import static com.shopwarden.health.Published.awaitConsumed;
import static com.shopwarden.health.Published.awaitEvents;
import static com.shopwarden.health.Published.events;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.contracts.health.PrivilegesChanged;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.health.ledger.DueWorkScheduler;
import com.shopwarden.testing.AdjustableClock;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Health that changes with nobody acting: points expiring at the exact start of the legal day, and
 * measures ending by their duration. The clock is moved; nothing sleeps.
 */
@QuarkusTest
class DueWorkTest {

  @Inject Clock clock;
  @Inject DueWorkScheduler scheduler;

  private Instant start;

  @BeforeEach
  void remember() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    // Relay what the moved clock produced before turning it back, so no event waits on it.
    Published.awaitRelayed();
    ((AdjustableClock) clock).set(start);
  }

  private void moveTo(Instant instant) {
    ((AdjustableClock) clock).set(instant);
  }

  /** Runs scheduler passes until nothing is due (other tests' accounts may be due too). */
  private void runDueWork() throws Throwable {
    for (int pass = 0; pass < 50; pass++) {
      if (VertxContextSupport.subscribeAndAwait(() -> scheduler.runOnce()) == 0) {
        return;
      }
    }
    throw new IllegalStateException("due work did not settle");
  }

  @Test
  void pointsExpireAtTheStartOfTheLegalDayNinetyDaysAfterIssueInJakarta() throws Throwable {
    String account = "acct-" + UUID.randomUUID();
    // 23:59:59.999 on 10 January 2027 in Jakarta: the entry's legal issue date is 10 January.
    Instant issued = Instant.parse("2027-01-10T16:59:59.999Z");
    Instant expiry = Instant.parse("2027-04-09T17:00:00Z"); // 00:00 on 10 April in Jakarta
    moveTo(issued);
    send(applied("ID", account, "act-x", MeasureType.DELIST_PRODUCT, 12, issued, null, "v-x"));
    HealthChanged booked = awaitEvents(account, HealthChanged.class, 1).get(0);
    String entry = Published.entryOf(account, "act-x");
    assertThat(booked.milestoneCrossed())
        .isEqualTo(new MilestoneCrossing(12, Direction.UP, entry + "/12/UP"));

    moveTo(expiry.minusMillis(1));
    runDueWork();
    assertThat(events(account, HealthChanged.class)).hasSize(1);

    moveTo(expiry);
    runDueWork();
    HealthChanged expired = awaitEvents(account, HealthChanged.class, 2).get(1);
    assertThat(expired.activePoints()).isZero();
    assertThat(expired.tier()).isEqualTo(Tier.EXCELLENT);
    // Found by the scheduler: attributed to the entry that expired.
    assertThat(expired.milestoneCrossed())
        .isEqualTo(new MilestoneCrossing(12, Direction.DOWN, entry + "/12/DOWN"));
    // Its points lapsed after 89 legal days, but it was booked within the last 90 days.
    assertThat(expired.recentViolations()).isEqualTo(1);
    assertThat(expired.occurredAt()).isEqualTo(expiry);

    moveTo(expiry.plus(Duration.ofDays(1)));
    runDueWork();
    assertThat(events(account, HealthChanged.class)).hasSize(2);
  }

  @Test
  void aMeasureEndingByItsDurationGivesThePrivilegeBackOnce() throws Throwable {
    String account = "acct-" + UUID.randomUUID();
    Instant now = clock.instant();
    Instant ends = now.plus(Duration.ofDays(7));
    ActionApplied live = applied("ID", account, "act-live", MeasureType.SUSPEND_LIVE, 0, now, ends);
    send(live);
    PrivilegesChanged restricted = awaitEvents(account, PrivilegesChanged.class, 1).get(0);
    assertThat(restricted.privileges().eligibility()).containsEntry("LIVE_SELLING", false);
    assertThat(restricted.privileges().activeRestrictions()).hasSize(1);
    // A live suspension leaves the EXCELLENT tier's commission rate and listing quota alone.
    assertThat(restricted.privileges().affiliateCommissionRate()).isEqualByComparingTo("0.12");
    assertThat(restricted.privileges().listingQuota()).isEqualTo(5000);
    assertThat(events(account, HealthChanged.class)).isEmpty();

    moveTo(ends.minusMillis(1));
    runDueWork();
    assertThat(events(account, PrivilegesChanged.class)).hasSize(1);

    moveTo(ends);
    runDueWork();
    PrivilegesChanged restored = awaitEvents(account, PrivilegesChanged.class, 2).get(1);
    assertThat(restored.privileges().eligibility()).containsEntry("LIVE_SELLING", true);
    assertThat(restored.privileges().activeRestrictions()).isEmpty();

    // Enforcement's own ActionExpired arrives later and changes nothing more.
    var expired = Measures.expired(live, ends.plusSeconds(5));
    send(expired);
    awaitConsumed(expired.eventId());
    assertThat(events(account, PrivilegesChanged.class)).hasSize(2);
  }

  @Test
  void aCleanRecordRaisesTheUsRatingAtTheStartOfTheLegalDayThirtyDaysLater() throws Throwable {
    String account = "acct-" + UUID.randomUUID();
    // 20:00 on 10 February 2027 in New York (EST, UTC-5).
    Instant issued = Instant.parse("2027-02-11T01:00:00Z");
    Instant due = Instant.parse("2027-03-12T05:00:00Z"); // 00:00 on 12 March, still EST
    moveTo(issued);
    send(
        applied(
            "US", account, "act-us-clean", MeasureType.DELIST_PRODUCT, 10, issued, null, "v-uc"));
    assertThat(awaitEvents(account, HealthChanged.class, 1).get(0).rating()).isEqualTo(800);

    moveTo(due.minusMillis(1));
    runDueWork();
    assertThat(events(account, HealthChanged.class)).hasSize(1);

    moveTo(due);
    runDueWork();
    HealthChanged raised = awaitEvents(account, HealthChanged.class, 2).get(1);
    assertThat(raised.rating()).isEqualTo(840);
    assertThat(raised.tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(
            Published.count(
                "select count(*) from ledger_entry where account_id = ? and reward_code ="
                    + " 'CLEAN_RECORD' and points = -2 and issued_at = ?",
                account,
                java.sql.Timestamp.from(due)))
        .isEqualTo(1);
  }

  @Test
  void aViolationLeavesTheRiskVelocityWindowAtItsEndWithNobodyActing() throws Throwable {
    String account = "acct-" + UUID.randomUUID();
    Instant issued = Instant.parse("2027-06-01T10:00:00Z");
    moveTo(issued);
    send(
        applied(
            "MY", account, "act-velocity", MeasureType.DELIST_PRODUCT, 4, issued, null, "v-vel"));
    awaitEvents(account, HealthChanged.class, 1);
    assertThat(riskContributions(account)).contains("\"violationVelocity\":5.0000");

    moveTo(issued.plus(Duration.ofDays(30)).minusMillis(1));
    runDueWork();
    assertThat(riskContributions(account)).contains("\"violationVelocity\":5.0000");
    moveTo(issued.plus(Duration.ofDays(30)));
    runDueWork();
    assertThat(riskContributions(account)).contains("\"violationVelocity\":0.0000");
    assertThat(events(account, HealthChanged.class)).hasSize(1);
  }

  @Test
  void aCommercePeriodLeavesTheRiskWindowAtItsEndForAnAccountWithoutMeasures() throws Throwable {
    String account = "acct-" + UUID.randomUUID();
    Instant now = clock.instant();
    Instant end = now.minus(Duration.ofDays(1));
    given()
        .auth()
        .oauth2(TestTokens.forUser("orders").roles("service").markets("MY").sign())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "signals",
                List.of(signal(account, "ORDER", 100, end), signal(account, "REFUND", 10, end))))
        .post("/api/v1/signals")
        .then()
        .statusCode(200);
    // 10% refunds against the 3% baseline: 7 points × 2; first seen two days ago: new.
    assertThat(riskContributions(account))
        .contains("\"rateExcess.REFUND\":14.0000")
        .contains("\"newAccount\":5.0000");

    // Thirty days after it was first seen the account is no longer new; the refunds still count.
    moveTo(end.minus(Duration.ofDays(1)).plus(Duration.ofDays(30)));
    runDueWork();
    assertThat(riskContributions(account))
        .contains("\"newAccount\":0.0000")
        .contains("\"rateExcess.REFUND\":14.0000");
    moveTo(end.plus(Duration.ofDays(30)).minusMillis(1));
    runDueWork();
    assertThat(riskContributions(account)).contains("\"rateExcess.REFUND\":14.0000");
    // The period leaves the 30-day window at its end plus 30 days, with nobody acting.
    moveTo(end.plus(Duration.ofDays(30)));
    runDueWork();
    assertThat(riskContributions(account)).contains("\"rateExcess.REFUND\":0.0000");
  }

  private static Map<String, Object> signal(String account, String kind, long count, Instant end) {
    return Map.of(
        "market",
        "MY",
        "accountId",
        account,
        "accountType",
        "SELLER",
        "kind",
        kind,
        "count",
        count,
        "periodStart",
        end.minus(Duration.ofDays(1)).toString(),
        "periodEnd",
        end.toString());
  }

  private static String riskContributions(String account) throws java.sql.SQLException {
    try (java.sql.Connection db = com.shopwarden.testing.CurrentTestDatabase.connect();
        java.sql.PreparedStatement query =
            db.prepareStatement("select contributions from risk_score where account_id = ?")) {
      query.setString(1, account);
      try (java.sql.ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : "";
      }
    }
  }
}
