package com.shopwarden.health;

import static com.shopwarden.health.Measures.applied;
import static com.shopwarden.health.Measures.send;
import static com.shopwarden.health.Measures.violation;
import static com.shopwarden.health.Published.awaitEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The risk queue on a known data set in DE, a market no other test books: the order and every
 * contribution are exact, including account age, repeats per policy and the severity mix.
 */
@QuarkusTest
class RiskQueueTest {

  @Inject Clock clock;

  private static String investigator(String... markets) {
    return TestTokens.forUser("inv-risk").roles("investigator").markets(markets).sign();
  }

  private JsonPath queue() {
    return given()
        .auth()
        .oauth2(investigator("DE"))
        .queryParam("market", "DE")
        .queryParam("limit", 4)
        .get("/api/v1/risk/queue")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void accountsRankByTheirWeightedFeaturesWithEachContribution() {
    String suffix = UUID.randomUUID().toString();
    String policy = "policy-" + suffix;
    String severe = "severe-" + suffix;
    String repeat = "repeat-" + suffix;
    String refunds = "refunds-" + suffix;
    Instant now = clock.instant();
    // policy: two counterfeit violations (HIGH, CRITICAL) and a LOW hate-speech one, 8 points:
    // 8 + velocity 3×5 + tier drop 3 + new account 5 + one counterfeit repeat 4
    // + severities HIGH 4, CRITICAL 8, LOW 1 = 48.
    send(violation("DE", policy, "a-p1", 3, now, "COUNTERFEIT", Severity.HIGH, "v-p1"));
    send(violation("DE", policy, "a-p2", 3, now, "COUNTERFEIT", Severity.CRITICAL, "v-p2"));
    send(violation("DE", policy, "a-p3", 2, now, "HATE_SPEECH", Severity.LOW, "v-p3"));
    // severe: one 12-point violation: 12 points, 1 violation, 1 severe, 1 tier drop, new: 35.
    send(applied("DE", severe, "a-s", MeasureType.DELIST_PRODUCT, 12, now, null, "v-s"));
    // repeat: two 4-point violations of events without a policy code: 8 points, 2 violations,
    // 1 tier drop (EXCELLENT to GOOD), new; no repeat per policy can be told: 26.
    send(applied("DE", repeat, "a-r1", MeasureType.DELIST_PRODUCT, 4, now, null, "v-r1"));
    send(applied("DE", repeat, "a-r2", MeasureType.DELIST_PRODUCT, 4, now, null, "v-r2"));
    // refunds: a 2-point violation, a refund rate of 10% against the 3% baseline, and orders
    // reported from 40 days ago, so it is not a new account: 2 + 5 + 3 + 14 = 24.
    send(applied("DE", refunds, "a-f", MeasureType.DELIST_PRODUCT, 2, now, null, "v-f"));
    awaitEvents(policy, HealthChanged.class, 3);
    awaitEvents(severe, HealthChanged.class, 1);
    awaitEvents(repeat, HealthChanged.class, 2);
    awaitEvents(refunds, HealthChanged.class, 1);
    Instant end = now.minus(Duration.ofDays(1));
    Instant longAgo = now.minus(Duration.ofDays(39));
    given()
        .auth()
        .oauth2(TestTokens.forUser("orders").roles("service").markets("DE").sign())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "signals",
                List.of(
                    signal(refunds, "ORDER", 100, end),
                    signal(refunds, "REFUND", 10, end),
                    signal(refunds, "ORDER", 50, longAgo))))
        .post("/api/v1/signals")
        .then()
        .statusCode(200);

    await()
        .atMost(Published.WAIT)
        .until(() -> queue().getList("accountId").equals(List.of(policy, severe, repeat, refunds)));
    JsonPath top = queue();
    assertThat(top.getFloat("[0].score")).isEqualTo(48.0f);
    assertThat(top.getFloat("[1].score")).isEqualTo(35.0f);
    assertThat(top.getFloat("[2].score")).isEqualTo(26.0f);
    assertThat(top.getFloat("[3].score")).isEqualTo(24.0f);
    assertThat(top.getMap("[0].features"))
        .containsEntry("policyRepeats.COUNTERFEIT", 1.0f)
        .doesNotContainKey("policyRepeats.HATE_SPEECH")
        .containsEntry("accountAgeDays", 0.0f)
        .containsEntry("newAccount", 1.0f);
    assertThat(top.getMap("[0].contributions"))
        .containsEntry("activePoints", 8.0f)
        .containsEntry("violationVelocity", 15.0f)
        .containsEntry("tierDrops", 3.0f)
        .containsEntry("newAccount", 5.0f)
        .containsEntry("policyRepeats.COUNTERFEIT", 4.0f)
        .containsEntry("severity.LOW", 1.0f)
        .containsEntry("severity.MEDIUM", 0.0f)
        .containsEntry("severity.HIGH", 4.0f)
        .containsEntry("severity.CRITICAL", 8.0f)
        .containsEntry("severeViolations", 0.0f)
        .containsEntry("accountAgeDays", 0.0f);
    assertThat(top.getMap("[1].contributions"))
        .containsEntry("activePoints", 12.0f)
        .containsEntry("violationVelocity", 5.0f)
        .containsEntry("severeViolations", 10.0f)
        .containsEntry("tierDrops", 3.0f)
        .containsEntry("newAccount", 5.0f)
        .containsEntry("severity.HIGH", 0.0f)
        .containsEntry("rateExcess.REFUND", 0.0f);
    assertThat(top.getMap("[2].features"))
        .containsEntry("violationVelocity", 2.0f)
        .containsEntry("severeViolations", 0.0f);
    assertThat(top.getMap("[2].features").keySet())
        .noneMatch(k -> String.valueOf(k).startsWith("policyRepeats"));
    assertThat(top.getMap("[3].features"))
        .containsEntry("rateExcess.REFUND", 7.0f)
        .containsEntry("accountAgeDays", 40.0f)
        .containsEntry("newAccount", 0.0f);
    assertThat(top.getMap("[3].contributions"))
        .containsEntry("rateExcess.REFUND", 14.0f)
        .containsEntry("activePoints", 2.0f)
        .containsEntry("newAccount", 0.0f);
  }

  @Test
  void theQueueIsForStaffOfTheMarket() {
    given()
        .auth()
        .oauth2(investigator("ID"))
        .queryParam("market", "DE")
        .get("/api/v1/risk/queue")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.forUser("s").roles("seller").account("acct-1", "SELLER").sign())
        .queryParam("market", "DE")
        .get("/api/v1/risk/queue")
        .then()
        .statusCode(403);
    given().queryParam("market", "DE").get("/api/v1/risk/queue").then().statusCode(401);
    given()
        .auth()
        .oauth2(investigator("DE"))
        .queryParam("market", "DE")
        .queryParam("limit", 1000)
        .get("/api/v1/risk/queue")
        .then()
        .statusCode(400);
  }

  private static Map<String, Object> signal(String account, String kind, long count, Instant end) {
    return Map.of(
        "market",
        "DE",
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
}
