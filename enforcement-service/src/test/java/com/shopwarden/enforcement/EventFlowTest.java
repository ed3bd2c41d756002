package com.shopwarden.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.ActionExpired;
import com.shopwarden.contracts.enforcement.ActionReversed;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.contracts.ipr.ContentRestoreDue;
import com.shopwarden.contracts.ipr.NoticeRetracted;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.enforcement.measure.MeasureExpiryScheduler;
import com.shopwarden.testing.AdjustableClock;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Input events through the real broker into measures, expiry by the clock, and reversals. */
@QuarkusTest
class EventFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject Clock clock;
  @Inject MeasureExpiryScheduler expiry;

  private Instant start;

  @BeforeEach
  void rememberClock() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    ((AdjustableClock) clock).set(start);
  }

  @Test
  void confirmedViolationIsAppliedOnceHoweverOftenItArrives() {
    String account = "acct-" + UUID.randomUUID();
    ViolationConfirmed event =
        TestEvents.violation(
            "ID",
            account,
            AccountType.CREATOR,
            "HATE_SPEECH",
            Severity.MEDIUM,
            ContentKind.SHORT_VIDEO);
    TestEvents.send(event);
    TestEvents.send(event);
    // The same violation key under another event id is the same violation.
    TestEvents.send(
        new ViolationConfirmed(
            UUID.randomUUID(),
            event.market(),
            event.occurredAt(),
            event.violationKey(),
            event.accountId(),
            event.accountType(),
            event.contentId(),
            event.contentVersion(),
            event.contentKind(),
            event.contentDate(),
            event.language(),
            event.policyCode(),
            Severity.CRITICAL,
            event.detection(),
            event.decision(),
            event.source(),
            event.strategyId(),
            event.strategyVersion(),
            event.evidenceSnapshotId()));
    // A later event on the same key is consumed after the three above.
    ViolationConfirmed marker =
        TestEvents.violation(
            "ID",
            account,
            AccountType.CREATOR,
            "HATE_SPEECH",
            Severity.LOW,
            ContentKind.SHORT_VIDEO);
    TestEvents.send(marker);
    awaitMeasures(account, 2);

    assertThat(
            Db.column(
                "select type || '/' || points || '/' || decided_by from measure m"
                    + " join measure_violation v on v.measure_id = m.id where v.violation_key = ?",
                event.violationKey()))
        .containsExactly("REMOVE_CONTENT/12/AUTOMATED");
    List<ActionApplied> applied =
        TestEvents.published(ActionApplied.class, a -> a.accountId().equals(account), 2);
    assertThat(applied).extracting(ActionApplied::points).containsExactlyInAnyOrder(12, 4);
  }

  @Test
  void timedMeasureExpiresWhenTheClockPassesItsEnd() throws Throwable {
    String account = "acct-" + UUID.randomUUID();
    TestEvents.send(
        TestEvents.violation(
            "ID",
            account,
            AccountType.CREATOR,
            "LIVESTREAM_CONDUCT",
            Severity.HIGH,
            ContentKind.LIVESTREAM_SEGMENT));
    awaitMeasures(account, 1);
    String id = Db.column("select id from measure where account_id = ?", account).get(0);
    Instant endsAt =
        Instant.parse(
            Db.column(
                    "select to_char(ends_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                        + " from measure where id = ?::uuid",
                    id)
                .get(0));
    Instant startsAt =
        Instant.parse(
            Db.column(
                    "select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                        + " from measure where id = ?::uuid",
                    id)
                .get(0));
    assertThat(Duration.between(startsAt, endsAt)).isEqualTo(Duration.ofDays(7));

    ((AdjustableClock) clock).set(endsAt.minusSeconds(1));
    VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue());
    assertThat(state(id)).isEqualTo("APPLIED");

    ((AdjustableClock) clock).set(endsAt);
    VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue());
    assertThat(state(id)).isEqualTo("EXPIRED");
    List<ActionExpired> expired =
        TestEvents.published(ActionExpired.class, e -> e.actionId().equals(id), 1);
    assertThat(expired).hasSize(1);
    assertThat(expired.get(0).endsAt()).isEqualTo(endsAt);
    assertThat(expired.get(0).points()).isEqualTo(12);
  }

  @Test
  void worseningMilestoneAppliesItsMeasuresOncePerCrossingWithoutPoints() {
    String account = "acct-" + UUID.randomUUID();
    HealthChanged crossing = health(account, 24, Direction.UP);
    TestEvents.send(crossing);
    TestEvents.send(crossing);
    TestEvents.send(health(account, 12, Direction.DOWN));
    HealthChanged marker = health(account, 12, Direction.UP);
    TestEvents.send(marker);
    awaitMeasures(account, 4);

    assertThat(
            Db.column(
                "select type || '/' || points || '/' || trigger_kind from measure"
                    + " where account_id = ? order by type",
                account))
        .containsExactly(
            "LIMIT_NEW_LISTINGS/0/MILESTONE",
            "REMOVE_FROM_AFFILIATE/0/MILESTONE",
            "RESTRICT_CAMPAIGNS/0/MILESTONE",
            "RESTRICT_CAMPAIGNS/0/MILESTONE");
    List<ActionApplied> applied =
        TestEvents.published(ActionApplied.class, a -> a.accountId().equals(account), 4);
    assertThat(applied)
        .allSatisfy(
            a -> {
              assertThat(a.violationKeys()).isEmpty();
              assertThat(a.policyCode()).isNull();
              assertThat(a.severity()).isNull();
            });
  }

  @Test
  void crossingRepublishedUnderANewEventIdAppliesItsMeasuresOnce() {
    String account = "acct-" + UUID.randomUUID();
    String crossingId = "ledger-entry-" + UUID.randomUUID();
    // Two events, two event ids, one crossing.
    TestEvents.send(health(account, 12, Direction.UP, crossingId));
    TestEvents.send(health(account, 12, Direction.UP, crossingId));
    // An older producer gives no crossing id: each event is taken as its own crossing.
    TestEvents.send(health(account, 36, Direction.UP, null));
    TestEvents.send(health(account, 36, Direction.UP, null));
    awaitMeasures(account, 5);
    assertThat(
            Db.column(
                "select type || '/' || (trigger_key like '%:crossing:' || ? || ':%') from measure"
                    + " where account_id = ?",
                crossingId, account))
        .containsExactlyInAnyOrder(
            "DEACTIVATE_SHOP/false",
            "DEACTIVATE_SHOP/false",
            "RESTRICT_CAMPAIGNS/false",
            "RESTRICT_CAMPAIGNS/false",
            "RESTRICT_CAMPAIGNS/true");
  }

  @Test
  void usRatingFallingToZeroTerminatesTheAccount() {
    String account = "acct-" + UUID.randomUUID();
    TestEvents.send(
        new HealthChanged(
            UUID.randomUUID(),
            "US",
            Instant.now(),
            account,
            AccountType.SELLER,
            Tier.AT_RISK,
            null,
            0,
            new MilestoneCrossing(0, Direction.DOWN),
            null));
    awaitMeasures(account, 1);
    assertThat(
            Db.column(
                "select type || '/' || coalesce(ends_at::text, 'none') from measure"
                    + " where account_id = ?",
                account))
        .containsExactly("TERMINATE_ACCOUNT/none");
  }

  @Test
  void counterNoticeAndRetractionReverseTheMeasuresOfTheirViolations() {
    String account = "acct-" + UUID.randomUUID();
    NoticeUpheld first = notice(account);
    NoticeUpheld second = notice(account);
    TestEvents.send(first);
    TestEvents.send(second);
    awaitMeasures(account, 2);

    TestEvents.send(
        new ContentRestoreDue(
            UUID.randomUUID(),
            "ID",
            Instant.now(),
            first.noticeId(),
            first.contentId(),
            first.violationKey(),
            account,
            AccountType.SELLER));
    TestEvents.send(
        new NoticeRetracted(
            UUID.randomUUID(),
            "ID",
            Instant.now(),
            second.noticeId(),
            account,
            AccountType.SELLER,
            List.of(second.violationKey())));
    await()
        .atMost(WAIT)
        .until(
            () ->
                Db.count(
                    "select count(*) from measure where account_id = ? and state = 'REVERSED'",
                    account),
            n -> n == 2);
    List<ActionReversed> reversed =
        TestEvents.published(ActionReversed.class, r -> r.accountId().equals(account), 2);
    assertThat(reversed)
        .extracting(ActionReversed::reason)
        .containsExactlyInAnyOrder(ReversalReason.COUNTER_NOTICE, ReversalReason.RETRACTION);
    assertThat(reversed).allSatisfy(r -> assertThat(r.points()).isEqualTo(4));
    assertThat(
            Db.count(
                "select count(*) from violation where account_id = ? and state = 'VOIDED'",
                account))
        .isEqualTo(2);
  }

  @Test
  void repeatInfringerLosesSellingPrivilegesOnceAndRegainsThemWhenAStrikeFalls() {
    String account = "acct-" + UUID.randomUUID();
    List<NoticeUpheld> strikes = List.of(notice(account), notice(account), notice(account));
    strikes.forEach(TestEvents::send);
    List<String> keys = strikes.stream().map(NoticeUpheld::violationKey).toList();
    TimeWindow window = new TimeWindow(Instant.now().minus(Duration.ofDays(90)), Instant.now());
    RepeatInfringerThresholdReached event =
        new RepeatInfringerThresholdReached(
            UUID.randomUUID(), "ID", Instant.now(), account, AccountType.SELLER, 3, window, keys);
    TestEvents.send(event);
    TestEvents.send(event);
    // Re-published under a new event id while the measure is in force: nothing more.
    TestEvents.send(
        new RepeatInfringerThresholdReached(
            UUID.randomUUID(), "ID", Instant.now(), account, AccountType.SELLER, 3, window, keys));
    TestEvents.send(notice(account));
    awaitMeasures(account, 5);
    String revoked =
        Db.column(
                "select id from measure where account_id = ? and trigger_kind = 'REPEAT_INFRINGER'",
                account)
            .get(0);
    ActionApplied applied =
        TestEvents.published(ActionApplied.class, a -> a.actionId().equals(revoked), 1).get(0);
    assertThat(applied.type()).isEqualTo(MeasureType.REVOKE_SELLING_PRIVILEGES);
    assertThat(applied.violationKeys()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(applied.points()).isZero();
    assertThat(applied.policyCode()).isNull();

    // A successful counter-notice removes a strike: the revocation that counted it falls too.
    NoticeUpheld fallen = strikes.get(1);
    TestEvents.send(
        new ContentRestoreDue(
            UUID.randomUUID(),
            "ID",
            Instant.now(),
            fallen.noticeId(),
            fallen.contentId(),
            fallen.violationKey(),
            account,
            AccountType.SELLER));
    await()
        .atMost(WAIT)
        .until(
            () ->
                Db.column(
                    "select trigger_kind from measure where account_id = ? and state = 'REVERSED'"
                        + " order by trigger_kind",
                    account),
            reversed -> reversed.equals(List.of("REPEAT_INFRINGER", "VIOLATION")));
    List<ActionReversed> reversed =
        TestEvents.published(ActionReversed.class, r -> r.actionId().equals(revoked), 1);
    assertThat(reversed.get(0).reason()).isEqualTo(ReversalReason.COUNTER_NOTICE);
  }

  @Test
  void violationUnderAnUnknownPolicyIsDeadLetteredAndTheNextIsApplied() {
    String account = "acct-" + UUID.randomUUID();
    ViolationConfirmed bad =
        TestEvents.violation(
            "ID", account, AccountType.CREATOR, "NO_SUCH_POLICY", Severity.LOW, ContentKind.IMAGE);
    TestEvents.send(bad);
    TestEvents.send(
        TestEvents.violation(
            "ID", account, AccountType.CREATOR, "HATE_SPEECH", Severity.LOW, ContentKind.IMAGE));
    List<ConsumerRecord<String, byte[]>> dead =
        TestKafka.read(
            "moderation.decisions.dlq",
            r -> bad.eventId().toString().equals(TestKafka.header(r, "ce_id")),
            1,
            WAIT);
    assertThat(dead).hasSize(1);
    assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).contains("NO_SUCH_POLICY");
    awaitMeasures(account, 1);
  }

  private static NoticeUpheld notice(String account) {
    String content = "listing-" + UUID.randomUUID();
    return new NoticeUpheld(
        UUID.randomUUID(),
        "ID",
        Instant.now(),
        "ipr:notice:" + content + ":1:COUNTERFEIT",
        account,
        AccountType.SELLER,
        content,
        1,
        ContentKind.PRODUCT_LISTING,
        LocalDate.of(2026, 2, 1),
        "id",
        "COUNTERFEIT",
        Severity.LOW,
        Detection.NOTICE,
        DecisionMode.HUMAN,
        ViolationSource.ARTICLE_16,
        "notice-" + UUID.randomUUID(),
        "org-1",
        List.of("asset-1"),
        null);
  }

  private static HealthChanged health(String account, int milestone, Direction direction) {
    return health(account, milestone, direction, null);
  }

  private static HealthChanged health(
      String account, int milestone, Direction direction, String crossingId) {
    return new HealthChanged(
        UUID.randomUUID(),
        "ID",
        Instant.now(),
        account,
        AccountType.SELLER,
        Tier.AT_RISK,
        milestone,
        null,
        new MilestoneCrossing(milestone, direction, crossingId),
        36);
  }

  private static String state(String id) {
    return Db.column("select state from measure where id = ?::uuid", id).get(0);
  }

  private static void awaitMeasures(String account, int count) {
    await()
        .atMost(WAIT)
        .until(
            () -> Db.count("select count(*) from measure where account_id = ?", account),
            n -> n >= count);
    assertThat(Db.count("select count(*) from measure where account_id = ?", account))
        .isEqualTo(count);
  }
}
