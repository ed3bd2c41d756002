package com.shopwarden.moderation.lifecycle;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.admin;
import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.draftStrategy;
import static com.shopwarden.moderation.ModerationFixtures.label;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.ModerationFixtures.transition;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stages and transitions in market US (test settings: 3 labelled outcomes and precision 0.6 to
 * leave SHADOW): DRAFT does nothing, SHADOW records without acting, skips are 409, the gate refuses
 * and allows, ACTIVE acts and replaces the version before it, and every step is audited.
 */
@QuarkusTest
class LifecycleTest {

  private static final String MARKET = "US";
  private static boolean listReady;

  @Inject Clock clock;

  @BeforeEach
  void list() {
    if (listReady) {
      return;
    }
    createList(MARKET, "lifecycle-terms", "en").statusCode(201);
    // One term per test: strategies of one test never act on another test's items.
    for (String term : List.of("draftonium", "shadowite", "skipzor", "gatrix", "replacium")) {
      addTerm(MARKET, "lifecycle-terms", term, "WHOLE_WORD", "HIGH").statusCode(200);
    }
    listReady = true;
  }

  private static String block(String name, String term) {
    return draftStrategy(
            MARKET,
            name,
            "signals.terms.exists(t, t.list == \"lifecycle-terms\" && t.term == \"" + term + "\")",
            "BLOCK",
            "PROHIBITED_PRODUCT",
            "HIGH")
        .statusCode(200)
        .body("stage", equalTo("DRAFT"))
        .extract()
        .path("id");
  }

  private static String submitTitle(String title) {
    return submit(listing(MARKET, "seller-" + UUID.randomUUID(), title))
        .statusCode(201)
        .extract()
        .path("contentId");
  }

  @Test
  void aSavedStrategyIsADraftThatScreensNothing() {
    String id = block("draft-only", "draftonium");
    String contentId =
        submit(listing(MARKET, "seller-" + UUID.randomUUID(), "genuine draftonium"))
            .statusCode(201)
            .body("verdict", equalTo("ALLOW"))
            .extract()
            .path("contentId");
    assertThat(count("select count(*) from strategy_hit where content_id = ?::uuid", contentId))
        .isZero();
    assertThat(
            strings(
                "select coalesce(from_stage, '-') || '>' || to_stage || ':' || kind from"
                    + " strategy_transition where strategy_id = ?::uuid",
                id))
        .containsExactly("->DRAFT:CREATED");
  }

  @Test
  void shadowIsEvaluatedAndRecordedButNeverActs() {
    String id = block("shadow-only", "shadowite");
    transition(MARKET, "shadow-only", null, "SHADOW", "measure it first")
        .statusCode(200)
        .body("stage", equalTo("SHADOW"))
        .body("version", equalTo(1));
    String contentId =
        submit(listing(MARKET, "seller-" + UUID.randomUUID(), "cheap shadowite here"))
            .statusCode(201)
            .body("verdict", equalTo("ALLOW"))
            .body("decidedBy", nullValue())
            .body("signals.strategies", equalTo(List.of()))
            .extract()
            .path("contentId");
    assertThat(
            strings(
                "select stage || ':' || acting || ':' || deciding || ':' || strategy_id from"
                    + " strategy_hit where content_id = ?::uuid",
                contentId))
        .containsExactly("SHADOW:false:false:" + id);
    // Nothing is published for what a SHADOW strategy would have blocked.
    assertThat(
            count("select count(*) from outbox_event where payload like ?", "%" + contentId + "%"))
        .isZero();
  }

  @Test
  void aSkippedStageIsAConflictNamingTheAllowedTargets() {
    block("skipper", "skipzor");
    transition(MARKET, "skipper", 1, "ACTIVE", "straight in")
        .statusCode(409)
        .contentType("application/problem+json")
        .body("allowed", equalTo(List.of("SHADOW", "RETIRED")))
        .body("detail", containsString("DRAFT -> ACTIVE"));
    transition(MARKET, "skipper", 1, "SHADOW", "measure").statusCode(200);
    transition(MARKET, "skipper", 1, "ACTIVE", "skip the canary")
        .statusCode(409)
        .body("allowed", equalTo(List.of("CANARY", "RETIRED")));
    transition(MARKET, "skipper", 1, "RETIRED", "abandoned").statusCode(200);
    transition(MARKET, "skipper", 1, "SHADOW", "again")
        .statusCode(409)
        .body("allowed", equalTo(List.of()));
    transition(MARKET, "skipper", 9, "SHADOW", "no such version").statusCode(404);
    transition(MARKET, "no-such-strategy", 1, "SHADOW", "none").statusCode(404);
    transition(MARKET, "skipper", 1, "LIVE", "unknown stage")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", containsString("target"));
    transition(MARKET, "skipper", 1, "SHADOW", "")
        .statusCode(400)
        .body("errors[0].field", containsString("reason"));
  }

  @Test
  void theGateNeedsEnoughLabelledOutcomesAndPrecisionAtTheFloor() {
    String id = block("gated", "gatrix");
    transition(MARKET, "gated", 1, "SHADOW", "measure").statusCode(200);
    String a = submitTitle("gatrix one");
    String b = submitTitle("gatrix two");
    String c = submitTitle("gatrix three");
    String d = submitTitle("gatrix four");
    label(a, "SHADOW_SAMPLE", true, "PROHIBITED_PRODUCT");
    label(b, "SHADOW_SAMPLE", false, null);

    transition(MARKET, "gated", 1, "CANARY", "looks good")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("condition", equalTo("minLabelledOutcomes"))
        .body("labelledOutcomes", equalTo(2))
        .body("minLabelledOutcomes", equalTo(3))
        .body("precision", equalTo(0.5f));

    label(c, "REVIEW", false, null);
    // 3 labelled, 1 agreeing: 0.33 is below the floor of 0.6.
    transition(MARKET, "gated", 1, "CANARY", "looks good")
        .statusCode(422)
        .body("condition", equalTo("minPrecision"))
        .body("labelledOutcomes", equalTo(3))
        .body("minPrecision", equalTo(0.6f));

    label(d, "SHADOW_SAMPLE", true, "PROHIBITED_PRODUCT");
    ((AdjustableClock) clock).advance(Duration.ofSeconds(1));
    label(c, "QA", true, "PROHIBITED_PRODUCT");
    // The latest label of c now agrees: 3 of 4 = 0.75.
    transition(MARKET, "gated", 1, "CANARY", "precision 0.75 on 4 labels")
        .statusCode(200)
        .body("stage", equalTo("CANARY"));
    transition(MARKET, "gated", 1, "ACTIVE", "canary clean").statusCode(200);
    submit(listing(MARKET, "seller-" + UUID.randomUUID(), "gatrix five"))
        .statusCode(201)
        .body("verdict", equalTo("BLOCK"))
        .body("decidedBy.stage", equalTo("ACTIVE"));

    assertThat(
            strings(
                "select coalesce(from_stage, '-') || '>' || to_stage || ':' || changed_by || ':'"
                    + " || reason from strategy_transition where strategy_id = ?::uuid order by"
                    + " seq",
                id))
        .containsExactly(
            "->DRAFT:ana-admin:saved",
            "DRAFT>SHADOW:ana-admin:measure",
            "SHADOW>CANARY:ana-admin:precision 0.75 on 4 labels",
            "CANARY>ACTIVE:ana-admin:canary clean");
    assertThat(
            count(
                "select count(*) from policy_change where subject_id = ?::uuid and change like"
                    + " '%->%'",
                id))
        .isEqualTo(3);
  }

  @Test
  void anActiveVersionReplacesTheOneBeforeIt() {
    // A version can also reach ACTIVE through the fixture (as older tests do); v2 goes the long
    // way.
    String id =
        com.shopwarden.moderation.ModerationFixtures.saveStrategy(
                MARKET,
                "replaced",
                "signals.terms.exists(t, t.list == \"lifecycle-terms\" && t.term == \"replacium\")",
                "REVIEW",
                "PROHIBITED_PRODUCT",
                "MEDIUM")
            .statusCode(200)
            .extract()
            .path("id");
    block("replaced", "replacium");
    execute(
        "update strategy_version set stage = 'CANARY' where strategy_id = ?::uuid and version = 2",
        id);
    transition(MARKET, "replaced", 2, "ACTIVE", "v2 blocks").statusCode(200);
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .get("/api/v1/markets/{m}/strategies/replaced/versions", MARKET)
        .then()
        .statusCode(200)
        .body("stage", equalTo(List.of("RETIRED", "ACTIVE")));
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .get("/api/v1/markets/{m}/strategies/replaced", MARKET)
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("stage", equalTo("ACTIVE"));
    given()
        .auth()
        .oauth2(token("senior-moderator", MARKET))
        .get("/api/v1/markets/{m}/strategies/replaced/transitions", MARKET)
        .then()
        .statusCode(200)
        .body(
            "find { it.version == 1 && it.toStage == 'RETIRED' }.reason",
            equalTo("superseded by v2"));
  }

  @Test
  void onlyTheMarketsPolicyAdminsMoveStrategies() {
    block("guarded", "guardex");
    Map<String, Object> body = Map.of("target", "SHADOW", "reason", "r");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/strategies/guarded/transitions", MARKET)
        .then()
        .statusCode(401);
    for (String token :
        List.of(token("moderator", MARKET), token("auditor", MARKET), admin("DE"))) {
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/markets/{m}/strategies/guarded/transitions", MARKET)
          .then()
          .statusCode(403);
    }
    given()
        .auth()
        .oauth2(admin(MARKET))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/strategies/guarded/transitions", MARKET)
        .then()
        .statusCode(200);
    given()
        .get("/api/v1/markets/{m}/strategies/guarded/transitions", MARKET)
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(token("service", MARKET))
        .get("/api/v1/markets/{m}/strategies/guarded/transitions", MARKET)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("auditor", "DE"))
        .get("/api/v1/markets/{m}/strategies/guarded/transitions", MARKET)
        .then()
        .statusCode(403);
  }

  private static void execute(String sql, Object... params) {
    com.shopwarden.moderation.ModerationFixtures.execute(sql, params);
  }
}
