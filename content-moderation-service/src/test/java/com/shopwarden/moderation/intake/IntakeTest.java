package com.shopwarden.moderation.intake;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.moderation.ContentCleared;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Intake in market MY: decisions, events, idempotency, bad input and roles. */
@QuarkusTest
class IntakeTest {

  private static final String MARKET = "MY";
  private static boolean policyReady;

  @BeforeEach
  void policy() {
    if (policyReady) {
      return;
    }
    createList(MARKET, "counterfeit-my", null).statusCode(201);
    addTerm(MARKET, "counterfeit-my", "counterfeit", "WHOLE_WORD", "HIGH").statusCode(200);
    addTerm(MARKET, "counterfeit-my", "replica", "WHOLE_WORD", "MEDIUM").statusCode(200);
    saveStrategy(
            MARKET,
            "block-counterfeit-listings",
            "signals.terms.exists(t, t.list == \"counterfeit-my\" && t.severity == \"HIGH\")"
                + " && content.kind == \"PRODUCT_LISTING\"",
            "BLOCK",
            "COUNTERFEIT",
            "HIGH")
        .statusCode(200);
    saveStrategy(
            MARKET,
            "review-counterfeit-terms",
            "signals.terms.exists(t, t.list == \"counterfeit-my\")",
            "REVIEW",
            "COUNTERFEIT",
            "MEDIUM")
        .statusCode(200);
    saveStrategy(
            MARKET,
            "review-nudity",
            "\"nudity\" in signals.scores && signals.scores[\"nudity\"] >= 0.7",
            "REVIEW",
            "ADULT_CONTENT",
            "HIGH")
        .statusCode(200);
    policyReady = true;
  }

  @Test
  void blockPublishesViolationConfirmedThroughTheOutbox() throws Exception {
    String seller = "seller-" + UUID.randomUUID();
    JsonPath decision =
        submit(listing(MARKET, seller, "Tas c.0.u-n t3rfeit murah"))
            .statusCode(201)
            .body("verdict", equalTo("BLOCK"))
            .body("policyCode", equalTo("COUNTERFEIT"))
            .body("severity", equalTo("HIGH"))
            .body("decidedBy.name", equalTo("block-counterfeit-listings"))
            .body("decidedBy.version", equalTo(1))
            .body("reason", equalTo("COUNTERFEIT: counterfeit (block-counterfeit-listings)"))
            .body("signals.terms[0].field", equalTo("title"))
            .body("signals.terms[0].start", equalTo(4))
            .body("signals.terms[0].end", equalTo(19))
            .body("signals.terms[0].excerpt", equalTo("c.0.u-n t3rfeit"))
            .body("signals.strategies.name", hasItem("review-counterfeit-terms"))
            .extract()
            .jsonPath();
    String contentId = decision.getString("contentId");
    String snapshotId = decision.getString("evidenceSnapshotId");
    assertThat(count("select count(*) from evidence_snapshot where id = ?::uuid", snapshotId))
        .isEqualTo(1);

    String ceType = EventTypes.of(ViolationConfirmed.class).ceType();
    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.read(
            Topics.MODERATION_DECISIONS,
            r ->
                ceType.equals(TestKafka.header(r, "ce_type"))
                    && TestKafka.text(r).contains(contentId),
            1,
            Duration.ofSeconds(30));
    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    assertThat(record.key()).isEqualTo(seller);
    JsonNode payload = new ObjectMapper().readTree(record.value());
    assertThat(payload.get("accountId").asText()).isEqualTo(seller);
    assertThat(payload.get("accountType").asText()).isEqualTo("SELLER");
    assertThat(payload.get("violationKey").asText()).contains("/v1/COUNTERFEIT/SELLER");
    assertThat(payload.get("evidenceSnapshotId").asText()).isEqualTo(snapshotId);
    assertThat(payload.get("strategyId").asText()).isEqualTo(decision.getString("decidedBy.id"));
    assertThat(payload.get("strategyVersion").asInt()).isEqualTo(1);
    assertThat(payload.get("detection").asText()).isEqualTo("AUTOMATED");
    assertThat(payload.get("contentKind").asText()).isEqualTo("PRODUCT_LISTING");
  }

  @Test
  void aRepeatReturnsTheStoredDecisionAndChangesNothing() {
    Map<String, Object> body = listing(MARKET, "seller-" + UUID.randomUUID(), "COUNTERFEIT bag");
    String first = submit(body).statusCode(201).extract().path("contentId");
    submit(body)
        .statusCode(200)
        .body("contentId", equalTo(first))
        .body("verdict", equalTo("BLOCK"));
    assertThat(
            count(
                "select count(*) from content_item where external_id = ?", body.get("externalId")))
        .isEqualTo(1);
    assertThat(count("select count(*) from outbox_event where payload like ?", "%" + first + "%"))
        .isEqualTo(1);
  }

  @Test
  void reviewCreatesAReviewTask() {
    String id =
        submit(listing(MARKET, "seller-" + UUID.randomUUID(), "Replica handbag"))
            .statusCode(201)
            .body("verdict", equalTo("REVIEW"))
            .body("decidedBy.name", equalTo("review-counterfeit-terms"))
            .extract()
            .path("reviewTaskId");
    assertThat(strings("select status from review_task where id = ?::uuid", id))
        .containsExactly("OPEN");

    Map<String, Object> scored = listing(MARKET, "seller-" + UUID.randomUUID(), "Summer dress");
    scored.put("scores", Map.of("nudity", 0.82, "violence", 0.1));
    submit(scored)
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"))
        .body("policyCode", equalTo("ADULT_CONTENT"))
        .body("signals.scores.model", equalTo(List.of("nudity", "violence")));
  }

  @Test
  void cleanItemsAreAllowedWithoutEvaluatingSignalStrategies() {
    submit(listing(MARKET, "seller-" + UUID.randomUUID(), "A classic leather bag"))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"))
        .body("decidedBy", nullValue())
        .body("evaluatedStrategies", equalTo(0));
  }

  @Test
  void allowAfterABlockedVersionPublishesContentCleared() {
    Map<String, Object> v1 = listing(MARKET, "seller-" + UUID.randomUUID(), "counterfeit watch");
    submit(v1).statusCode(201).body("verdict", equalTo("BLOCK"));
    Map<String, Object> v2 = new HashMap<>(v1);
    v2.put("version", 2);
    v2.put("text", Map.of("title", "original watch with receipt"));
    String cleared =
        submit(v2).statusCode(201).body("verdict", equalTo("ALLOW")).extract().path("contentId");
    String ceType = EventTypes.of(ContentCleared.class).ceType();
    assertThat(
            count(
                "select count(*) from outbox_event where ce_type = ? and payload like ?",
                ceType,
                "%" + cleared + "%"))
        .isEqualTo(1);
    // A first version that is clean clears nothing.
    assertThat(
            count(
                "select count(*) from outbox_event where ce_type = ? and payload like ?",
                ceType,
                "%" + v1.get("externalId") + "%"))
        .isZero();
  }

  @Test
  void badInputNamesTheFieldAndStoresNothing() {
    String externalId = "bad-" + UUID.randomUUID();
    Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
    cases.put("text.title", Map.of("text", Map.of("title", "x".repeat(501))));
    cases.put("market", Map.of("market", "XX"));
    cases.put("language", Map.of("language", "xx"));
    cases.put("pdqHashes", Map.of("pdqHashes", List.of("f".repeat(63) + "g")));
    cases.put("scores", Map.of("scores", Map.of("nudity", 1.5)));
    cases.put("kind", Map.of("kind", "PODCAST"));
    cases.put("version", Map.of("version", 0));
    cases.put("account", Map.of("account", Map.of("creatorId", "")));
    cases.forEach(
        (field, change) -> {
          Map<String, Object> body = listing(MARKET, "seller-1", "counterfeit");
          body.put("externalId", externalId);
          body.putAll(change);
          submit(body)
              .statusCode(400)
              .contentType("application/problem+json")
              .body("errors[0].field", startsWith(field));
        });
    assertThat(count("select count(*) from content_item where external_id = ?", externalId))
        .isZero();
    assertThat(
            count("select count(*) from outbox_event where payload like ?", "%" + externalId + "%"))
        .isZero();
  }

  @Test
  void onlyPlatformsSubmitAndOnlyInTheirMarkets() {
    Map<String, Object> body = listing(MARKET, "seller-1", "nice bag");
    given().contentType(ContentType.JSON).body(body).post("/api/v1/content").then().statusCode(401);
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/content")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("service", "ID"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/content")
        .then()
        .statusCode(403);
  }

  @Test
  void decisionsAreReadByIdAndByAccountWithinTheCallersMarkets() {
    String seller = "seller-" + UUID.randomUUID();
    String first =
        submit(listing(MARKET, seller, "bag one")).statusCode(201).extract().path("contentId");
    submit(listing(MARKET, seller, "bag two")).statusCode(201);
    String third =
        submit(listing(MARKET, seller, "bag three")).statusCode(201).extract().path("contentId");

    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .get("/api/v1/content/{id}", first)
        .then()
        .statusCode(200)
        .body("verdict", equalTo("ALLOW"))
        .body("sellerId", equalTo(seller));
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .get("/api/v1/content/{id}", first)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .get("/api/v1/content/{id}", UUID.randomUUID())
        .then()
        .statusCode(404);

    JsonPath page =
        given()
            .auth()
            .oauth2(token("moderator", MARKET))
            .queryParam("account", seller)
            .queryParam("limit", 2)
            .get("/api/v1/content")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.contentId")).hasSize(2).first().isEqualTo(third);
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .queryParam("account", seller)
        .queryParam("limit", 2)
        .queryParam("cursor", page.getString("nextCursor"))
        .get("/api/v1/content")
        .then()
        .statusCode(200)
        .body("items.contentId", equalTo(List.of(first)))
        .body("nextCursor", nullValue());
    // Another market's moderator sees none of them; an unbounded page is refused.
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .queryParam("account", seller)
        .get("/api/v1/content")
        .then()
        .statusCode(200)
        .body("items", equalTo(List.of()));
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .queryParam("account", seller)
        .queryParam("limit", 500)
        .get("/api/v1/content")
        .then()
        .statusCode(400);
  }
}
