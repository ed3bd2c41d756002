package com.shopwarden.moderation.lifecycle;

import static com.shopwarden.moderation.ModerationFixtures.activate;
import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.admin;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.draftStrategy;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.moderation.StrategyRolledBack;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Rollback in market MY: one call puts an earlier version back and announces it. */
@QuarkusTest
class RollbackTest {

  private static final String MARKET = "MY";

  /** Reads terms but matches nothing: acts on no other test's items, costs clean items nothing. */
  private static final String INERT = "signals.terms.exists(t, t.term == \"matches-nothing\")";

  private static ValidatableResponse rollback(String token, String name, Integer version) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("version", version, "reason", "v2 blocks what v1 sent to review"))
        .post("/api/v1/markets/{m}/strategies/{n}/rollback", MARKET, name)
        .then();
  }

  @Test
  void rollbackPutsTheEarlierVersionBackAndPublishesStrategyRolledBack() throws Exception {
    createList(MARKET, "rollback-terms", null).statusCode(201);
    addTerm(MARKET, "rollback-terms", "rollium", "WHOLE_WORD", "HIGH").statusCode(200);
    String expression = "signals.terms.exists(t, t.list == \"rollback-terms\")";
    String id =
        saveStrategy(MARKET, "rollme", expression, "REVIEW", "PROHIBITED_PRODUCT", "MEDIUM")
            .statusCode(200)
            .extract()
            .path("id");
    draftStrategy(MARKET, "rollme", expression, "BLOCK", "PROHIBITED_PRODUCT", "HIGH")
        .statusCode(200)
        .body("version", equalTo(2));
    activate(MARKET, id, 2);
    submit(listing(MARKET, "seller-" + UUID.randomUUID(), "rollium murah"))
        .statusCode(201)
        .body("verdict", equalTo("BLOCK"))
        .body("decidedBy.version", equalTo(2));

    rollback(admin(MARKET), "rollme", 1)
        .statusCode(200)
        .body("version", equalTo(1))
        .body("stage", equalTo("ACTIVE"));
    submit(listing(MARKET, "seller-" + UUID.randomUUID(), "rollium murah"))
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"))
        .body("decidedBy.version", equalTo(1));
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .get("/api/v1/markets/{m}/strategies/rollme/versions", MARKET)
        .then()
        .statusCode(200)
        .body("stage", equalTo(List.of("ACTIVE", "RETIRED")));
    given()
        .auth()
        .oauth2(admin(MARKET))
        .get("/api/v1/markets/{m}/strategies/rollme/transitions", MARKET)
        .then()
        .statusCode(200)
        .body(
            "findAll { it.kind == 'ROLLBACK' }.collect { it.version + ':' + it.toStage }",
            equalTo(List.of("2:RETIRED", "1:ACTIVE")))
        .body(
            "findAll { it.kind == 'ROLLBACK' }.changedBy",
            equalTo(List.of("ana-admin", "ana-admin")));

    String ceType = EventTypes.of(StrategyRolledBack.class).ceType();
    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.read(
            Topics.MODERATION_ALERTS,
            r -> ceType.equals(TestKafka.header(r, "ce_type")) && TestKafka.text(r).contains(id),
            1,
            Duration.ofSeconds(30));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).key()).isEqualTo(id);
    JsonNode event = new ObjectMapper().readTree(records.get(0).value());
    assertThat(event.get("strategyVersion").asInt()).isEqualTo(2);
    assertThat(event.get("reason").asText()).isEqualTo("MANUAL");
    assertThat(event.get("market").asText()).isEqualTo(MARKET);
    // v2 acted once (the BLOCK above) and nobody labelled or appealed it yet.
    assertThat(event.get("figures").get("decisions").asLong()).isEqualTo(1);
    assertThat(event.get("figures").get("overturned").asLong()).isZero();
    assertThat(event.get("figures").hasNonNull("precision")).isFalse();
  }

  @Test
  void rollbackGoesOnlyToAnEarlierVersionThatLeftDraft() {
    String id =
        saveStrategy(MARKET, "rollback-bounds", INERT, "REVIEW", "ADULT_CONTENT", "LOW")
            .statusCode(200)
            .extract()
            .path("id");
    draftStrategy(MARKET, "rollback-bounds", INERT, "BLOCK", "ADULT_CONTENT", "LOW")
        .statusCode(200);
    // Only v1 is in service: nothing is earlier than it.
    rollback(admin(MARKET), "rollback-bounds", 1)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("allowed", equalTo(List.of()));
    // v2 is a DRAFT and later than v1.
    rollback(admin(MARKET), "rollback-bounds", 2).statusCode(409);
    rollback(admin(MARKET), "rollback-bounds", 7).statusCode(404);
    rollback(admin(MARKET), "no-such-strategy", 1).statusCode(404);
    given()
        .auth()
        .oauth2(admin(MARKET))
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "which version?"))
        .post("/api/v1/markets/{m}/strategies/rollback-bounds/rollback", MARKET)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("version"));
    activate(MARKET, id, 2);
    rollback(admin(MARKET), "rollback-bounds", 1).statusCode(200);
  }

  @Test
  void onlyTheMarketsPolicyAdminsRollBack() {
    saveStrategy(MARKET, "rollback-roles", INERT, "REVIEW", "ADULT_CONTENT", "LOW").statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("version", 1, "reason", "r"))
        .post("/api/v1/markets/{m}/strategies/rollback-roles/rollback", MARKET)
        .then()
        .statusCode(401);
    rollback(token("auditor", MARKET), "rollback-roles", 1).statusCode(403);
    rollback(token("senior-moderator", MARKET), "rollback-roles", 1).statusCode(403);
    rollback(admin("DE"), "rollback-roles", 1).statusCode(403);
  }
}
