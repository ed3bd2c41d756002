package com.shopwarden.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.CloudEventAttributes;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.health.TrendAlertClosed;
import com.shopwarden.contracts.health.TrendAlertRaised;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.health.trend.TrendWatch;
import com.shopwarden.testing.AdjustableClock;
import com.shopwarden.testing.TestKafka;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One alert per episode: raised once when a policy's violations rise, closed once after. */
@QuarkusTest
class TrendAlertTest {

  @Inject Clock clock;
  @Inject TrendWatch watch;

  private Instant start;

  @BeforeEach
  void remember() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    Published.awaitRelayed();
    ((AdjustableClock) clock).set(start);
  }

  private ViolationConfirmed violation(String policy, String account, Instant at) {
    return new ViolationConfirmed(
        UUID.randomUUID(),
        "MY",
        at,
        "vk-" + UUID.randomUUID(),
        account,
        AccountType.CREATOR,
        "content-" + UUID.randomUUID(),
        1,
        ContentKind.SHORT_VIDEO,
        LocalDate.of(2026, 1, 1),
        "ms",
        policy,
        Severity.HIGH,
        Detection.HUMAN,
        DecisionMode.HUMAN,
        ViolationSource.VOLUNTARY,
        null,
        null,
        "evidence-1");
  }

  private void send(ViolationConfirmed violation) {
    TestKafka.send(
        Topics.MODERATION_DECISIONS,
        violation.partitionKey(),
        new EventJson().write(violation),
        CloudEventAttributes.of(violation, "/test").toHeaders());
  }

  @Test
  void aRiseRaisesOneAlertAndItsEndClosesIt() throws Throwable {
    String policy = "P-" + UUID.randomUUID();
    String key = "MY:" + policy;
    Instant now = clock.instant();
    for (int i = 0; i < 4; i++) {
      send(violation(policy, "acct-t" + i, now.minusSeconds(60)));
    }
    ViolationConfirmed fifth = violation(policy, "acct-t4", now.minusSeconds(60));
    send(fifth);
    TrendAlertRaised raised = Published.awaitEvents(key, TrendAlertRaised.class, 1).get(0);
    assertThat(raised.figures().observedCount()).isEqualTo(5);
    assertThat(raised.figures().distinctAccounts()).isEqualTo(5);
    assertThat(raised.figures().threshold()).isEqualTo(2.0);
    assertThat(raised.policyCode()).isEqualTo(policy);

    // More violations in the same episode raise nothing more.
    ViolationConfirmed sixth = violation(policy, "acct-t5", now.minusSeconds(30));
    send(sixth);
    await()
        .atMost(Published.WAIT)
        .until(
            () ->
                Published.count(
                        "select count(*) from trend_violation where violation_key = ?",
                        sixth.violationKey())
                    == 1);
    given()
        .auth()
        .oauth2(TestTokens.forUser("inv").roles("investigator").markets("MY").sign())
        .queryParam("market", "MY")
        .get("/api/v1/trends/alerts")
        .then()
        .statusCode(200)
        .body("policyCode", hasItem(policy));

    ((AdjustableClock) clock).set(now.plus(Duration.ofHours(25)));
    VertxContextSupport.subscribeAndAwait(() -> watch.evaluateOpen());
    TrendAlertClosed closed = Published.awaitEvents(key, TrendAlertClosed.class, 1).get(0);
    assertThat(closed.figures().observedCount()).isZero();
    VertxContextSupport.subscribeAndAwait(() -> watch.evaluateOpen());
    assertThat(Published.events(key, TrendAlertClosed.class)).hasSize(1);
    assertThat(Published.events(key, TrendAlertRaised.class)).hasSize(1);
  }
}
