package com.shopwarden.ipr.counter;

import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.account;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.events;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ipr.ContentRestoreDue;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.contracts.notification.RecipientKind;
import com.shopwarden.testing.CurrentTestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Counter-notices and the durable restore timer, driven by moving the clock: receipt on Tuesday
 * 2025-05-20 in the US restores on 2025-06-04 (Memorial Day skipped).
 */
@QuarkusTest
class CounterNoticeTimerTest {

  private static final Instant TUESDAY = Instant.parse("2025-05-20T15:00:00Z");

  @Inject Clock clock;
  @Inject RestoreTimers timers;

  private Instant start;

  @BeforeEach
  void remember() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    moveTo(start);
  }

  @Test
  @Timeout(120)
  void contentIsRestoredOnceOnTheTenthBusinessDay() throws Throwable {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2030, 1, 1));
    String creator = unique("creator");
    moveTo(TUESDAY);
    String noticeId = file(org, completeNotice("US", asset, creator));
    String token = account(creator, "CREATOR");
    // Before the notice is upheld there is nothing to counter.
    post(token, counterPath(noticeId), counterNotice()).statusCode(409);
    decide(agent("US"), noticeId, "UPHELD", null).statusCode(200);
    NoticeUpheld upheld =
        events(Topics.IPR_NOTICES, NoticeUpheld.class, e -> e.noticeId().equals(noticeId), 1, WAIT)
            .get(0);

    Map<String, Object> noConsent = counterNotice();
    noConsent.put("consentToJurisdiction", false);
    post(token, counterPath(noticeId), noConsent)
        .statusCode(422)
        .body("missingElements", contains("CONSENT_TO_JURISDICTION"))
        .body("errors[0].field", equalTo("consentToJurisdiction"));
    post(account(unique("other"), "CREATOR"), counterPath(noticeId), counterNotice())
        .statusCode(404);
    post(token, counterPath(noticeId), counterNotice())
        .statusCode(201)
        .body("restoreDate", equalTo("2025-06-04"))
        .body("noticeState", equalTo("RESTORE_SCHEDULED"));
    post(token, counterPath(noticeId), counterNotice()).statusCode(409);

    List<NotificationRequested> copy =
        events(
            Topics.NOTIFICATIONS_REQUESTS,
            NotificationRequested.class,
            e ->
                noticeId.equals(e.parameters().get("noticeId"))
                    && e.templateId().equals("ipr.counter-notice.copy"),
            1,
            WAIT);
    assertThat(copy).hasSize(1);
    assertThat(copy.get(0).recipient().kind()).isEqualTo(RecipientKind.NOTICE_CONTACT);
    assertThat(copy.get(0).parameters()).containsEntry("restoreDate", "2025-06-04");

    // One second before midnight in New York on 4 June: not due yet.
    moveTo(Instant.parse("2025-06-04T03:59:59Z"));
    fire();
    get(holder(org), "/api/v1/ipr/notices/" + noticeId).body("state", equalTo("RESTORE_SCHEDULED"));

    // Another replica holds the timer's row: this pass skips it instead of waiting or firing twice.
    // The row is locked before the clock reaches the day, so the scheduled poll cannot take it
    // first either.
    try (Connection other = CurrentTestDatabase.connect()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement(
              "select id from restore_timer where notice_id = ?::uuid for update")) {
        lock.setString(1, noticeId);
        lock.executeQuery().close();
      }
      moveTo(Instant.parse("2025-06-04T04:00:00Z"));
      assertThat(fireCount()).isZero();
      get(holder(org), "/api/v1/ipr/notices/" + noticeId)
          .body("state", equalTo("RESTORE_SCHEDULED"));
      other.rollback();
    }
    fire();
    fire();
    List<ContentRestoreDue> due =
        events(
            Topics.IPR_NOTICES,
            ContentRestoreDue.class,
            e -> e.noticeId().equals(noticeId),
            2,
            Duration.ofSeconds(8));
    assertThat(due).hasSize(1);
    assertThat(due.get(0).violationKey()).isEqualTo(upheld.violationKey());
    assertThat(due.get(0).contentId()).isEqualTo(upheld.contentId());
    assertThat(due.get(0).accountId()).isEqualTo(creator);
    get(holder(org), "/api/v1/ipr/notices/" + noticeId)
        .body("state", equalTo("RESTORED"))
        .body("allowedNext", empty());
    // The counter-notice succeeded: its strike is gone.
    get(token, "/api/v1/ipr/accounts/" + creator + "/strikes?market=US")
        .statusCode(200)
        .body("activeStrikes", equalTo(0))
        .body("strikes[0].removalReason", equalTo("COUNTER_NOTICE"));
  }

  @Test
  void aCourtActionBeforeTheRestoreDayCancelsRestoration() throws Throwable {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2030, 1, 1));
    String creator = unique("creator");
    moveTo(TUESDAY);
    String noticeId = file(org, completeNotice("US", asset, creator));
    decide(agent("US"), noticeId, "UPHELD", null).statusCode(200);
    post(account(creator, "CREATOR"), counterPath(noticeId), counterNotice()).statusCode(201);

    moveTo(Instant.parse("2025-06-03T21:00:00Z"));
    post(
            holder(org),
            "/api/v1/ipr/notices/" + noticeId + "/court-action",
            Map.of("caseReference", "1:25-cv-04711 (S.D.N.Y.)"))
        .statusCode(200)
        .body("state", equalTo("COURT_ACTION_REPORTED"))
        .body("allowedNext", contains("RETRACTED"));

    moveTo(Instant.parse("2025-06-11T15:00:00Z"));
    fire();
    assertThat(
            events(
                Topics.IPR_NOTICES,
                ContentRestoreDue.class,
                e -> e.noticeId().equals(noticeId),
                1,
                Duration.ofSeconds(5)))
        .isEmpty();
    get(holder(org), "/api/v1/ipr/notices/" + noticeId)
        .body("state", equalTo("COURT_ACTION_REPORTED"));
  }

  @Test
  void aCourtActionOnTheRestoreDayIsTooLate() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2030, 1, 1));
    String creator = unique("creator");
    moveTo(TUESDAY);
    String noticeId = file(org, completeNotice("US", asset, creator));
    decide(agent("US"), noticeId, "UPHELD", null).statusCode(200);
    post(account(creator, "CREATOR"), counterPath(noticeId), counterNotice()).statusCode(201);
    moveTo(Instant.parse("2025-06-04T12:00:00Z"));
    post(
            holder(org),
            "/api/v1/ipr/notices/" + noticeId + "/court-action",
            Map.of("caseReference", "late"))
        .statusCode(409);
  }

  private void fire() throws Throwable {
    fireCount();
  }

  private int fireCount() throws Throwable {
    return VertxContextSupport.subscribeAndAwait(timers::fireDue);
  }

  private void moveTo(Instant instant) {
    com.shopwarden.ipr.IprFixtures.moveClock(clock, instant);
  }

  private static String counterPath(String noticeId) {
    return "/api/v1/ipr/notices/" + noticeId + "/counter-notices";
  }

  private static Map<String, Object> counterNotice() {
    Map<String, Object> body = new HashMap<>();
    body.put("materialLocation", "the video formerly at https://shop.example/v/1");
    body.put("explanation", "The serum is genuine stock bought from the brand's distributor.");
    body.put("name", "Sam Creator");
    body.put("email", "sam@creator.example");
    body.put("phone", "+1 415 555 0199");
    body.put("address", "9 Market St, San Francisco");
    body.put("signature", "/Sam Creator/");
    body.put("goodFaithMistakeStatement", true);
    body.put("consentToJurisdiction", true);
    body.put("acceptsServiceOfProcess", true);
    return body;
  }
}
