package com.shopwarden.health;

import static com.shopwarden.health.Measures.applied;
import static com.shopwarden.health.Measures.send;
import static com.shopwarden.health.Published.awaitEvents;
import static com.shopwarden.health.Published.count;
import static com.shopwarden.health.Published.events;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rewards restore points once per period, each a ledger entry with its reason. */
@QuarkusTest
class RewardResourceTest {

  @Inject Clock clock;

  private static String platform() {
    return TestTokens.forUser("learning-platform").roles("service").markets("*").sign();
  }

  private static Map<String, String> course(String market, String reference) {
    return Map.of("market", market, "reward", "POLICY_COURSE", "reference", reference);
  }

  private String accountWithPoints(int points) {
    String account = "acct-" + UUID.randomUUID();
    send(
        applied(
            "ID",
            account,
            "act-rw",
            MeasureType.DELIST_PRODUCT,
            points,
            clock.instant(),
            null,
            "v-rw"));
    awaitEvents(account, HealthChanged.class, 1);
    return account;
  }

  @Test
  void aPolicyCourseRestoresPointsOncePerPeriod() {
    String account = accountWithPoints(9);
    String entryId =
        given()
            .auth()
            .oauth2(platform())
            .contentType(ContentType.JSON)
            .body(course("ID", "course-1"))
            .post("/api/v1/accounts/{id}/rewards", account)
            .then()
            .statusCode(200)
            .body("reward", equalTo("POLICY_COURSE"))
            .body("pointsRestored", equalTo(2))
            .body("nextEligibleAt", notNullValue())
            .extract()
            .path("entryId");
    HealthChanged restored = awaitEvents(account, HealthChanged.class, 2).get(1);
    assertThat(restored.activePoints()).isEqualTo(7);

    // A retry with the same reference returns the original grant and books nothing more.
    given()
        .auth()
        .oauth2(platform())
        .contentType(ContentType.JSON)
        .body(course("ID", "course-1"))
        .post("/api/v1/accounts/{id}/rewards", account)
        .then()
        .statusCode(200)
        .body("entryId", equalTo(entryId));
    // A second course within the period is refused.
    given()
        .auth()
        .oauth2(platform())
        .contentType(ContentType.JSON)
        .body(course("ID", "course-2"))
        .post("/api/v1/accounts/{id}/rewards", account)
        .then()
        .statusCode(409)
        .body("nextEligibleAt", notNullValue());
    assertThat(events(account, HealthChanged.class)).hasSize(2);
    assertThat(
            count(
                "select count(*) from ledger_entry where account_id = ? and kind = 'REWARD'"
                    + " and points = -2 and reason = 'completed the marketplace policy course'",
                account))
        .isEqualTo(1);
  }

  @Test
  void aRewardNeverRestoresMoreThanTheActivePoints() {
    String account = accountWithPoints(1);
    given()
        .auth()
        .oauth2(platform())
        .contentType(ContentType.JSON)
        .body(course("ID", "course-small"))
        .post("/api/v1/accounts/{id}/rewards", account)
        .then()
        .statusCode(200)
        .body("pointsRestored", equalTo(1));
    given()
        .auth()
        .oauth2(platform())
        .contentType(ContentType.JSON)
        .body(course("ID", "course-x"))
        .post("/api/v1/accounts/{id}/rewards", "acct-never-booked")
        .then()
        .statusCode(422);
  }

  @Test
  void unknownRewardsRolesAndMarketsAreRefused() {
    given()
        .auth()
        .oauth2(platform())
        .contentType(ContentType.JSON)
        .body(Map.of("market", "ID", "reward", "FREE_POINTS", "reference", "r-1"))
        .post("/api/v1/accounts/{id}/rewards", "acct-any")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reward"));
    given()
        .auth()
        .oauth2(
            TestTokens.forUser("s")
                .roles("seller")
                .markets("ID")
                .account("acct-any", "SELLER")
                .sign())
        .contentType(ContentType.JSON)
        .body(course("ID", "r-2"))
        .post("/api/v1/accounts/{id}/rewards", "acct-any")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.forUser("p").roles("policy-admin").markets("MY").sign())
        .contentType(ContentType.JSON)
        .body(course("ID", "r-3"))
        .post("/api/v1/accounts/{id}/rewards", "acct-any")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(course("ID", "r-4"))
        .post("/api/v1/accounts/{id}/rewards", "acct-any")
        .then()
        .statusCode(401);
  }
}
