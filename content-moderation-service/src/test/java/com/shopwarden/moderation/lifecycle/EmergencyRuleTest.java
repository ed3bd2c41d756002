package com.shopwarden.moderation.lifecycle;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.admin;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.ModerationFixtures.transition;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Emergency rules in market DE: in force at once, flagged, bounded, and retired at expiry. */
@QuarkusTest
class EmergencyRuleTest {

  private static final String MARKET = "DE";
  private static boolean listReady;

  @Inject Clock clock;
  @Inject EmergencyExpiry expiry;

  @BeforeEach
  void list() {
    if (listReady) {
      return;
    }
    createList(MARKET, "emergency-terms", null).statusCode(201);
    addTerm(MARKET, "emergency-terms", "flashbane", "WHOLE_WORD", "CRITICAL").statusCode(200);
    listReady = true;
  }

  private Map<String, Object> rule(String name, Instant expiresAt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("expression", "signals.terms.exists(t, t.list == \"emergency-terms\")");
    body.put("action", "BLOCK");
    body.put("policyCode", "PROHIBITED_PRODUCT");
    body.put("severity", "CRITICAL");
    body.put("reasonTemplate", "{policyCode}: {terms}");
    body.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
    body.put("reason", "a viral scam spreads faster than the lifecycle");
    return body;
  }

  private static ValidatableResponse post(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/emergency-strategies", MARKET)
        .then();
  }

  private static Map<String, Object> item(String title) {
    Map<String, Object> body = listing(MARKET, "seller-" + UUID.randomUUID(), title);
    body.put("language", "de");
    return body;
  }

  @Test
  void anEmergencyRuleActsAtOnceIsFlaggedAndRetiresAtItsExpiry() throws Throwable {
    Instant until = clock.instant().plus(Duration.ofHours(2));
    String id =
        post(admin(MARKET), rule("flash-ban", until))
            .statusCode(200)
            .body("stage", equalTo("ACTIVE"))
            .body("emergency", equalTo(true))
            .body("emergencyUntil", equalTo(until.toString()))
            .body("emergencyReason", equalTo("a viral scam spreads faster than the lifecycle"))
            .extract()
            .path("id");
    String blocked =
        submit(item("flashbane Angebot"))
            .statusCode(201)
            .body("verdict", equalTo("BLOCK"))
            .body("decidedBy.name", equalTo("flash-ban"))
            .body("decidedBy.stage", equalTo("EMERGENCY"))
            .extract()
            .path("contentId");
    assertThat(strings("select stage from strategy_hit where content_id = ?::uuid", blocked))
        .containsExactly("EMERGENCY");
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .get("/api/v1/markets/{m}/strategies/flash-ban/versions", MARKET)
        .then()
        .statusCode(200)
        .body("emergency", equalTo(List.of(true)));

    // Only retirement is open to an emergency rule: it never enters the lifecycle.
    transition(MARKET, "flash-ban", 1, "SHADOW", "keep it")
        .statusCode(409)
        .body("allowed", equalTo(List.of("RETIRED")));

    ((AdjustableClock) clock).advance(Duration.ofHours(3));
    // Past its expiry it no longer acts, even before the job has retired it.
    submit(item("flashbane Angebot")).statusCode(201).body("verdict", equalTo("ALLOW"));
    assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> expiry.retireExpired()))
        .isEqualTo(1);
    assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> expiry.retireExpired()))
        .isZero();
    assertThat(
            strings(
                "select coalesce(from_stage, '-') || '>' || to_stage || ':' || kind || ':' ||"
                    + " changed_by from strategy_transition where strategy_id = ?::uuid order by"
                    + " seq",
                id))
        .containsExactly(
            "->ACTIVE:EMERGENCY:ana-admin", "ACTIVE>RETIRED:EXPIRY:system:emergency-expiry");
    given()
        .auth()
        .oauth2(admin(MARKET))
        .get("/api/v1/markets/{m}/strategies/flash-ban", MARKET)
        .then()
        .statusCode(200)
        .body("stage", equalTo("RETIRED"))
        .body("emergency", equalTo(true));
  }

  @Test
  void theExpiryIsMandatoryAndBoundedAndTheNameNew() {
    post(admin(MARKET), rule("no-expiry", null))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("expiresAt"));
    post(admin(MARKET), rule("too-long", clock.instant().plus(Duration.ofHours(73))))
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresAt"));
    post(admin(MARKET), rule("in-the-past", clock.instant().minusSeconds(1)))
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresAt"));
    Map<String, Object> noReason = rule("no-reason", clock.instant().plus(Duration.ofHours(1)));
    noReason.put("reason", " ");
    post(admin(MARKET), noReason).statusCode(400).body("errors[0].field", equalTo("reason"));
    Map<String, Object> badExpression = rule("bad-rule", clock.instant().plus(Duration.ofHours(1)));
    badExpression.put("expression", "signals.terms.exists(t, ");
    post(admin(MARKET), badExpression)
        .statusCode(400)
        .body("errors[0].field", equalTo("expression"));

    com.shopwarden.moderation.ModerationFixtures.draftStrategy(
            MARKET, "taken-name", "content.kind == \"IMAGE\"", "REVIEW", "ADULT_CONTENT", "LOW")
        .statusCode(200);
    post(admin(MARKET), rule("taken-name", clock.instant().plus(Duration.ofHours(1))))
        .statusCode(409);
  }

  @Test
  void onlyTheMarketsPolicyAdminsDeclareEmergencies() {
    Map<String, Object> body = rule("guarded-rule", clock.instant().plus(Duration.ofHours(1)));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/emergency-strategies", MARKET)
        .then()
        .statusCode(401);
    post(token("senior-moderator", MARKET), body).statusCode(403);
    post(token("moderator", MARKET), body).statusCode(403);
    post(admin("US"), body).statusCode(403);
  }
}
