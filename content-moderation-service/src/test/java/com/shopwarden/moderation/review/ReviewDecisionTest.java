package com.shopwarden.moderation.review;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.review.ReviewFixtures.claim;
import static com.shopwarden.moderation.review.ReviewFixtures.clear;
import static com.shopwarden.moderation.review.ReviewFixtures.decide;
import static com.shopwarden.moderation.review.ReviewFixtures.drain;
import static com.shopwarden.moderation.review.ReviewFixtures.flaggingPolicy;
import static com.shopwarden.moderation.review.ReviewFixtures.item;
import static com.shopwarden.moderation.review.ReviewFixtures.moderator;
import static com.shopwarden.moderation.review.ReviewFixtures.senior;
import static com.shopwarden.moderation.review.ReviewFixtures.uphold;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decisions in market MY: uphold, clear, escalate, the 409s and bad input. */
@QuarkusTest
class ReviewDecisionTest {

  private static final String MARKET = "MY";
  private static final String QUEUE = "MY.listing";
  private static final String VIOLATION = EventTypes.of(ViolationConfirmed.class).ceType();
  private static boolean ready;

  @BeforeEach
  void policy() {
    if (ready) {
      return;
    }
    flaggingPolicy(MARKET, "rq-misleading", "qzmislead", "MISLEADING_LISTING");
    ready = true;
  }

  /** A fresh flagged listing, claimed by {@code token}; returns the intake decision. */
  private static JsonPath flaggedAndClaimed(String token, Map<String, Object> body) {
    drain(QUEUE);
    JsonPath decision = submit(body).statusCode(201).extract().jsonPath();
    claim(token, QUEUE)
        .then()
        .statusCode(200)
        .body("id", equalTo(decision.getString("reviewTaskId")));
    return decision;
  }

  @Test
  void upholdPublishesAHumanViolationThroughTheOutboxAndLabelsTheItem() throws Exception {
    String mod = moderator("mod-uphold", MARKET);
    Map<String, Object> body = item(MARKET, "en", "PRODUCT_LISTING", "qzmislead", "MEDIUM");
    body.put("report", "TRUSTED_FLAGGER");
    body.put("publishedAt", "2026-01-15T23:30:00Z");
    body.put("ean", "4006381333931");
    JsonPath intake = flaggedAndClaimed(mod, body);
    String taskId = intake.getString("reviewTaskId");
    String contentId = intake.getString("contentId");

    JsonPath result =
        decide(mod, taskId, uphold("MISLEADING_LISTING", "HIGH"))
            .statusCode(200)
            .body("decision.outcome", equalTo("UPHOLD"))
            .body("decision.policyCode", equalTo("MISLEADING_LISTING"))
            .body("decision.severity", equalTo("HIGH"))
            .body("decision.note", equalTo("seen it"))
            .body("decision.decidedBy", equalTo("mod-uphold"))
            .body("task.status", equalTo("DECIDED"))
            .body("task.claimedBy", equalTo(null))
            .extract()
            .jsonPath();
    assertThat(result.getString("task.decision.id")).isEqualTo(result.getString("decision.id"));

    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.read(
            Topics.MODERATION_DECISIONS,
            r ->
                VIOLATION.equals(TestKafka.header(r, "ce_type"))
                    && TestKafka.text(r).contains(contentId),
            1,
            Duration.ofSeconds(30));
    assertThat(records).hasSize(1);
    JsonNode event = new ObjectMapper().readTree(records.get(0).value());
    String seller = ((Map<?, ?>) body.get("account")).get("sellerId").toString();
    assertThat(records.get(0).key()).isEqualTo(seller);
    assertThat(event.get("decision").asText()).isEqualTo("HUMAN");
    assertThat(event.get("detection").asText()).isEqualTo("AUTOMATED");
    assertThat(event.get("source").asText()).isEqualTo("TRUSTED_FLAGGER");
    assertThat(event.get("policyCode").asText()).isEqualTo("MISLEADING_LISTING");
    assertThat(event.get("severity").asText()).isEqualTo("HIGH");
    assertThat(event.get("strategyId").asText()).isEqualTo(intake.getString("decidedBy.id"));
    assertThat(event.get("evidenceSnapshotId").asText())
        .isEqualTo(intake.getString("evidenceSnapshotId"));
    assertThat(event.get("violationKey").asText())
        .endsWith("/" + body.get("externalId") + "/v1/MISLEADING_LISTING/SELLER");
    // The listing's EAN rides on a human decision as on an automated one.
    assertThat(event.get("ean").asText()).isEqualTo("4006381333931");
    // Published 23:30 UTC on the 15th is the 16th in Kuala Lumpur.
    assertThat(event.get("contentDate").asText()).isEqualTo("2026-01-16");

    assertThat(
            strings(
                "select source || ':' || violation || ':' || policy_code || ':' || labelled_by"
                    + " from moderation_label where content_id = ?::uuid",
                contentId))
        .containsExactly("REVIEW:true:MISLEADING_LISTING:mod-uphold");
  }

  @Test
  void decidingTwiceIsAConflictThatShowsTheOriginalDecision() {
    String mod = moderator("mod-twice", MARKET);
    JsonPath intake =
        flaggedAndClaimed(mod, item(MARKET, "en", "PRODUCT_LISTING", "qzmislead", "LOW"));
    String taskId = intake.getString("reviewTaskId");
    String first = decide(mod, taskId, clear()).statusCode(200).extract().path("decision.id");
    decide(mod, taskId, uphold("MISLEADING_LISTING", "LOW"))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("decision.id", equalTo(first))
        .body("decision.outcome", equalTo("CLEAR"))
        .body("decision.decidedBy", equalTo("mod-twice"));
    // Another moderator gets the same answer.
    decide(moderator("mod-other", MARKET), taskId, clear())
        .statusCode(409)
        .body("decision.id", equalTo(first));
    // Clear writes a label and publishes nothing.
    assertThat(
            strings(
                "select source || ':' || violation from moderation_label where content_id = ?::uuid",
                intake.getString("contentId")))
        .containsExactly("REVIEW:false");
    assertThat(
            count(
                "select count(*) from outbox_event where ce_type = ? and payload like ?",
                VIOLATION,
                "%" + intake.getString("contentId") + "%"))
        .isZero();
  }

  @Test
  void decidingATaskYouDoNotHoldIsAConflict() {
    String holder = moderator("mod-holder", MARKET);
    String taskId =
        flaggedAndClaimed(holder, item(MARKET, "en", "PRODUCT_LISTING", "qzmislead", "LOW"))
            .getString("reviewTaskId");
    decide(moderator("mod-intruder", MARKET), taskId, clear())
        .statusCode(409)
        .body("type", equalTo("https://shopwarden.dev/problems/conflict"))
        .body("status", equalTo("CLAIMED"));
    decide(holder, UUID.randomUUID(), clear()).statusCode(404);
    decide(holder, taskId, clear()).statusCode(200);
  }

  @Test
  void escalationMovesTheTaskToSeniorModeratorsOnly() {
    drain("MY.escalation");
    String mod = moderator("mod-escalates", MARKET);
    JsonPath intake =
        flaggedAndClaimed(mod, item(MARKET, "en", "PRODUCT_LISTING", "qzmislead", "MEDIUM"));
    String taskId = intake.getString("reviewTaskId");

    decide(mod, taskId, Map.of("outcome", "ESCALATE"))
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    decide(mod, taskId, Map.of("outcome", "ESCALATE", "reason", "possible medical claim"))
        .statusCode(200)
        .body("decision.outcome", equalTo("ESCALATE"))
        .body("decision.reason", equalTo("possible medical claim"))
        .body("task.queue", equalTo("MY.escalation"))
        .body("task.status", equalTo("OPEN"))
        .body("task.escalated", equalTo(true))
        .body("task.escalationReason", equalTo("possible medical claim"))
        .body("task.decision", equalTo(null))
        .body("task.priority.boost", equalTo(1.5f));

    claim(mod, "MY.escalation").then().statusCode(403);
    String senior = senior("senior-esc", MARKET);
    claim(senior, "MY.escalation").then().statusCode(200).body("id", equalTo(taskId));
    decide(senior, taskId, Map.of("outcome", "ESCALATE", "reason", "again"))
        .statusCode(409)
        .body("allowed", hasItems("UPHOLD", "CLEAR"));
    decide(senior, taskId, uphold("MISLEADING_LISTING", "MEDIUM"))
        .statusCode(200)
        .body("decision.decidedBy", equalTo("senior-esc"));
    assertThat(
            strings(
                "select outcome from review_decision where task_id = ?::uuid order by decided_at,"
                    + " outcome desc",
                taskId))
        .containsExactlyInAnyOrder("ESCALATE", "UPHOLD");
    assertThat(
            count(
                "select count(*) from outbox_event where ce_type = ? and payload like ?",
                VIOLATION,
                "%" + intake.getString("contentId") + "%"))
        .isEqualTo(1);
  }

  @Test
  void badDecisionsNameTheFieldAndChangeNothing() {
    String mod = moderator("mod-bad", MARKET);
    String taskId =
        flaggedAndClaimed(mod, item(MARKET, "en", "PRODUCT_LISTING", "qzmislead", "LOW"))
            .getString("reviewTaskId");
    decide(mod, taskId, Map.of("outcome", "UPHOLD", "severity", "HIGH"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("policyCode"));
    decide(mod, taskId, Map.of("outcome", "UPHOLD", "policyCode", "MISLEADING_LISTING"))
        .statusCode(400)
        .body("errors[0].field", equalTo("severity"));
    decide(
            mod,
            taskId,
            Map.of("outcome", "UPHOLD", "policyCode", "MISLEADING_LISTING", "severity", "HUGE"))
        .statusCode(400);
    decide(mod, taskId, Map.of("outcome", "MAYBE")).statusCode(400);
    decide(mod, taskId, Map.of("outcome", "CLEAR", "note", "x".repeat(2001)))
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.containsString("note"));
    decide(mod, taskId, Map.of("outcome", "UPHOLD", "policyCode", "bad code!", "severity", "LOW"))
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.containsString("policyCode"));
    given()
        .auth()
        .oauth2(mod)
        .contentType(ContentType.JSON)
        .post("/api/v1/review/tasks/{id}/decision", taskId)
        .then()
        .statusCode(400);
    assertThat(count("select count(*) from review_decision where task_id = ?::uuid", taskId))
        .isZero();
    decide(mod, taskId, clear()).statusCode(200);
  }

  @Test
  void onlyModeratorsOfTheMarketDecide() {
    String mod = moderator("mod-roles", MARKET);
    String taskId =
        flaggedAndClaimed(mod, item(MARKET, "en", "PRODUCT_LISTING", "qzmislead", "LOW"))
            .getString("reviewTaskId");
    for (String role : List.of("policy-admin", "auditor", "service", "investigator")) {
      decide(token(role, MARKET), taskId, clear()).statusCode(403);
    }
    decide(moderator("mod-id", "ID"), taskId, clear())
        .statusCode(403)
        .body("type", equalTo("https://shopwarden.dev/problems/market-out-of-scope"));
    given()
        .contentType(ContentType.JSON)
        .body(clear())
        .post("/api/v1/review/tasks/{id}/decision", taskId)
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(moderator("mod-id", "ID"))
        .get("/api/v1/review/tasks/{id}", taskId)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("policy-admin", MARKET))
        .get("/api/v1/review/tasks/{id}", taskId)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLAIMED"));
    given().get("/api/v1/review/tasks/{id}", taskId).then().statusCode(401);
    decide(mod, taskId, clear()).statusCode(200);
  }
}
