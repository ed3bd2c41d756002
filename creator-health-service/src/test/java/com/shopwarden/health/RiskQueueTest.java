package com.shopwarden.health;

import static com.shopwarden.health.Measures.applied;
import static com.shopwarden.health.Measures.send;
import static com.shopwarden.health.Published.awaitEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * contribution are exact.
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
        .queryParam("limit", 3)
        .get("/api/v1/risk/queue")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void accountsRankByTheirWeightedFeaturesWithEachContribution() {
    String suffix = UUID.randomUUID().toString();
    String severe = "severe-" + suffix;
    String repeat = "repeat-" + suffix;
    String refunds = "refunds-" + suffix;
    Instant now = clock.instant();
    // severe: one 12-point violation: 12 points, 1 violation, 1 severe, 1 tier drop.
    send(applied("DE", severe, "a-s", MeasureType.DELIST_PRODUCT, 12, now, null, "v-s"));
    // repeat: two 4-point violations: 8 points, 2 violations, 1 tier drop (EXCELLENT to GOOD).
    send(applied("DE", repeat, "a-r1", MeasureType.DELIST_PRODUCT, 4, now, null, "v-r1"));
    send(applied("DE", repeat, "a-r2", MeasureType.DELIST_PRODUCT, 4, now, null, "v-r2"));
    // refunds: a 2-point violation and a refund rate of 10% against the 3% baseline.
    send(applied("DE", refunds, "a-f", MeasureType.DELIST_PRODUCT, 2, now, null, "v-f"));
    awaitEvents(severe, HealthChanged.class, 1);
    awaitEvents(repeat, HealthChanged.class, 2);
    awaitEvents(refunds, HealthChanged.class, 1);
    Instant end = now.minus(Duration.ofDays(1));
    given()
        .auth()
        .oauth2(TestTokens.forUser("orders").roles("service").markets("DE").sign())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "signals",
                List.of(signal(refunds, "ORDER", 100, end), signal(refunds, "REFUND", 10, end))))
        .post("/api/v1/signals")
        .then()
        .statusCode(200);

    await()
        .atMost(Published.WAIT)
        .until(() -> queue().getList("accountId").equals(List.of(severe, refunds, repeat)));
    JsonPath top = queue();
    assertThat(top.getFloat("[0].score")).isEqualTo(30.0f);
    assertThat(top.getFloat("[1].score")).isEqualTo(24.0f);
    assertThat(top.getFloat("[2].score")).isEqualTo(21.0f);
    assertThat(top.getMap("[0].contributions"))
        .containsEntry("activePoints", 12.0f)
        .containsEntry("violationVelocity", 5.0f)
        .containsEntry("severeViolations", 10.0f)
        .containsEntry("tierDrops", 3.0f)
        .containsEntry("rateExcess.REFUND", 0.0f);
    assertThat(top.getMap("[1].features")).containsEntry("rateExcess.REFUND", 7.0f);
    assertThat(top.getMap("[1].contributions"))
        .containsEntry("rateExcess.REFUND", 14.0f)
        .containsEntry("activePoints", 2.0f);
    assertThat(top.getMap("[2].features"))
        .containsEntry("violationVelocity", 2.0f)
        .containsEntry("severeViolations", 0.0f);
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
