package com.shopwarden.health;

import static com.shopwarden.health.Measures.applied;
import static com.shopwarden.health.Measures.send;
import static com.shopwarden.health.Published.awaitEvents;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.PrivilegesChanged;
import com.shopwarden.health.model.EntryExpiry;
import com.shopwarden.market.MarketCatalog;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The health and privileges answers, and who may read them. */
@QuarkusTest
class AccountHealthResourceTest {

  @Inject Clock clock;

  private static String holder(String accountId) {
    return TestTokens.forUser("holder-" + accountId)
        .roles("seller")
        .markets("ID")
        .account(accountId, "SELLER")
        .sign();
  }

  private static String staff(String role, String... markets) {
    return TestTokens.forUser("staff-" + role).roles(role).markets(markets).sign();
  }

  @Test
  void theHolderSeesTheirHealthWithEachEntryWhyAndWhenItExpires() {
    String account = "acct-" + UUID.randomUUID();
    Instant issued = clock.instant();
    Instant ends = issued.plus(Duration.ofDays(7));
    send(
        Measures.violation(
            "ID", account, "act-h1", 9, issued, "MISLEADING_LISTING", Severity.MEDIUM, "v-h1"));
    send(applied("ID", account, "act-h2", MeasureType.SUSPEND_LIVE, 0, issued, ends));
    awaitEvents(account, HealthChanged.class, 1);
    // One for the tier's privileges (GOOD), one for the live suspension.
    awaitEvents(account, PrivilegesChanged.class, 2);
    Instant expiry = EntryExpiry.expiresAt(MarketCatalog.bundled().of("ID"), issued, 90);

    given()
        .auth()
        .oauth2(holder(account))
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/health", account)
        .then()
        .statusCode(200)
        .body("accountId", equalTo(account))
        .body("model", equalTo("POINTS"))
        .body("tier", equalTo("GOOD"))
        .body("activePoints", equalTo(9))
        .body("rating", nullValue())
        .body("nextMilestone.milestone", equalTo(12))
        .body("nextMilestone.distance", equalTo(3))
        .body("milestoneWarning", equalTo(true))
        .body("entries", hasSize(1))
        .body("entries[0].points", equalTo(9))
        .body("entries[0].actionId", equalTo("act-h1"))
        .body("entries[0].measureType", equalTo("DELIST_PRODUCT"))
        .body("entries[0].violationKeys[0]", equalTo("v-h1"))
        .body("entries[0].policyCode", equalTo("MISLEADING_LISTING"))
        .body("entries[0].severity", equalTo("MEDIUM"))
        .body("entries[0].expiresAt", equalTo(expiry.toString()))
        .body("privileges.eligibility.LIVE_SELLING", equalTo(false))
        .body("privileges.activeRestrictions[0].actionId", equalTo("act-h2"))
        .body("tierHistory", hasSize(1))
        .body("tierHistory[0].from", equalTo("EXCELLENT"))
        .body("tierHistory[0].to", equalTo("GOOD"))
        .body("signals.windows", hasSize(3));
  }

  @Test
  void aHolderCannotReadAnotherAccount() {
    given()
        .auth()
        .oauth2(holder("acct-mine"))
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/health", "acct-someone-else")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(holder("acct-mine"))
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/privileges", "acct-someone-else")
        .then()
        .statusCode(403);
  }

  @Test
  void staffReadAccountsInTheirMarketsOnly() {
    given()
        .auth()
        .oauth2(staff("investigator", "ID"))
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(200)
        .body("tier", equalTo("EXCELLENT"))
        .body("activePoints", equalTo(0))
        .body("entries", hasSize(0));
    given()
        .auth()
        .oauth2(staff("auditor", "US"))
        .queryParam("market", "US")
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(200)
        .body("model", equalTo("RATING"))
        .body("rating", equalTo(1000))
        .body("nextMilestone.milestone", equalTo(150));
    given()
        .auth()
        .oauth2(staff("moderator", "ID"))
        .queryParam("market", "US")
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(403)
        .body("type", equalTo("https://shopwarden.dev/problems/market-out-of-scope"));
  }

  @Test
  void platformsReadPrivileges() {
    given()
        .auth()
        .oauth2(staff("service", "*"))
        .queryParam("market", "DE")
        .get("/api/v1/accounts/{id}/privileges", "acct-clean")
        .then()
        .statusCode(200)
        .body("tier", equalTo("EXCELLENT"))
        .body("eligibility.CAMPAIGNS", equalTo(true))
        .body("listingQuota", equalTo(5000))
        .body("affiliateCommissionRate", equalTo(0.12f));
  }

  @Test
  void otherRolesAndMissingTokensAreRefused() {
    given()
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(staff("sre", "*"))
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.forUser("rh").roles("rights-holder").organisation("org-1").sign())
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/privileges", "acct-clean")
        .then()
        .statusCode(403);
  }

  @Test
  void badMarketsAreProblems() {
    given()
        .auth()
        .oauth2(staff("investigator", "*"))
        .queryParam("market", "XX")
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(staff("investigator", "*"))
        .queryParam("market", "FR")
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://shopwarden.dev/problems/market-not-served"));
    given()
        .auth()
        .oauth2(staff("investigator", "*"))
        .get("/api/v1/accounts/{id}/health", "acct-clean")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("market"));
  }
}
