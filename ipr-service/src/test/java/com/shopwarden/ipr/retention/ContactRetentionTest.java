package com.shopwarden.ipr.retention;

import static com.shopwarden.ipr.IprFixtures.EMAIL;
import static com.shopwarden.ipr.IprFixtures.account;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.ipr.IprFixtures;
import com.shopwarden.ipr.counter.RestoreTimers;
import com.shopwarden.testing.CurrentTestDatabase;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contact data is redacted once the pack's retention period (US: 3 years) has passed since the
 * notice's last activity, unless the workflow still waits for the notifier. Driven by moving the
 * clock.
 */
@QuarkusTest
class ContactRetentionTest {

  private static final Duration RETENTION = Duration.ofDays(1095);

  @Inject Clock clock;
  @Inject ContactRetention retention;
  @Inject RestoreTimers timers;

  private Instant start;

  @BeforeEach
  void remember() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    IprFixtures.moveClock(clock, start);
  }

  @Test
  void contactDataGoesWhenTheRetentionPeriodEndsAndNotBefore() throws Throwable {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2045, 1, 1));
    String retracted = file(org, completeNotice("US", asset, unique("acct")));
    post(holder(org), "/api/v1/ipr/notices/" + retracted + "/retraction", Map.of()).statusCode(200);
    String inReview = file(org, completeNotice("US", asset, unique("acct")));
    String laterActive = file(org, completeNotice("US", asset, unique("acct")));
    String creator = unique("creator");
    String restored = file(org, completeNotice("US", asset, creator));
    decide(agent("US"), restored, "UPHELD", null).statusCode(200);
    post(
            account(creator, "CREATOR"),
            "/api/v1/ipr/notices/" + restored + "/counter-notices",
            counterNotice())
        .statusCode(201);
    move(Duration.ofDays(20));
    fireTimers();
    get(holder(org), "/api/v1/ipr/notices/" + restored).body("state", equalTo("RESTORED"));
    move(Duration.ofDays(1000));
    post(holder(org), "/api/v1/ipr/notices/" + laterActive + "/retraction", Map.of())
        .statusCode(200);

    // One day before the period ends for the first notice: nothing goes.
    moveTo(start.plus(RETENTION).minus(Duration.ofDays(1)));
    redact();
    contactOf(retracted).body("email", equalTo(EMAIL)).body("redactedAt", nullValue());

    moveTo(start.plus(RETENTION).plus(Duration.ofDays(30)));
    redact();
    contactOf(retracted)
        .body("email", nullValue())
        .body("name", nullValue())
        .body("phone", nullValue())
        .body("address", nullValue())
        .body("redactedAt", notNullValue());
    contactOf(restored).body("email", nullValue());
    assertThat(counterNoticeContact(restored)).containsOnlyNulls();
    // Still in review: the workflow needs the notifier. Recently active: the period runs anew.
    contactOf(inReview).body("email", equalTo(EMAIL));
    contactOf(laterActive).body("email", equalTo(EMAIL));
    assertThat(storedEmail(retracted)).isNull();
    get(holder(org), "/api/v1/ipr/notices/" + retracted + "/history")
        .body("entries.action", hasItem("CONTACT_REDACTED"));
    // A second pass finds nothing more of these.
    redact();
    contactOf(laterActive).body("email", equalTo(EMAIL));
  }

  /** The contact as the messaging platform reads it. */
  private static ValidatableResponse contactOf(String noticeId) {
    String service = TestTokens.forUser("msg").roles("service").markets("*").sign();
    return get(service, "/api/v1/ipr/notices/" + noticeId + "/contact").statusCode(200);
  }

  private void redact() throws Throwable {
    VertxContextSupport.subscribeAndAwait(retention::redactDue);
  }

  private void fireTimers() throws Throwable {
    VertxContextSupport.subscribeAndAwait(timers::fireDue);
  }

  private void move(Duration by) {
    moveTo(clock.instant().plus(by));
  }

  private void moveTo(Instant to) {
    IprFixtures.moveClock(clock, to);
  }

  private static String storedEmail(String noticeId) throws Exception {
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement("select email from notice_contact where notice_id = ?::uuid")) {
      query.setString(1, noticeId);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  private static List<String> counterNoticeContact(String noticeId) throws Exception {
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select c.name, c.email, c.phone, c.address, c.signature"
                    + " from counter_notice_contact c join counter_notice n"
                    + " on n.id = c.counter_notice_id where n.notice_id = ?::uuid")) {
      query.setString(1, noticeId);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
          values.add(row.getString(i));
        }
        return values;
      }
    }
  }

  private static Map<String, Object> counterNotice() {
    Map<String, Object> body = new HashMap<>();
    body.put("materialLocation", "the video formerly at https://shop.example/v/1");
    body.put("explanation", "Genuine stock from the brand's distributor.");
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
