package com.shopwarden.moderation.review;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.review.ReviewFixtures.claim;
import static com.shopwarden.moderation.review.ReviewFixtures.drain;
import static com.shopwarden.moderation.review.ReviewFixtures.flaggingPolicy;
import static com.shopwarden.moderation.review.ReviewFixtures.moderator;
import static com.shopwarden.moderation.review.ReviewFixtures.uphold;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deciding identical content (same normalised texts or a shared PDQ hash) at once, in DE. */
@QuarkusTest
class BulkDecisionTest {

  private static final String QUEUE = "DE.counterfeit-de";

  private static JsonPath listing(String title, String hash) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sourcePlatform", "shop-web");
    body.put("externalId", "bulk-" + UUID.randomUUID());
    body.put("version", 1);
    body.put("kind", "PRODUCT_LISTING");
    body.put("market", "DE");
    body.put("language", "de");
    body.put("account", Map.of("sellerId", "s-" + UUID.randomUUID()));
    body.put("text", Map.of("title", title));
    if (hash != null) {
      body.put("pdqHashes", List.of(hash));
    }
    return submit(body).statusCode(201).body("verdict", equalTo("REVIEW")).extract().jsonPath();
  }

  @Test
  void identicalContentIsPreviewedAndDecidedTogether() {
    flaggingPolicy("DE", "rq-bulk", "qzbulk", "COUNTERFEIT");
    drain(QUEUE);
    String hash = "c3".repeat(32);
    JsonPath anchor = listing("Gefälschte qzbulkhigh Tasche", hash);
    // The same text as the matcher reads it: case, umlaut, spacing and punctuation differ.
    JsonPath sameText = listing("GEFALSCHTE  qzbulkhigh   tasche!!", null);
    JsonPath sameHash = listing("Neue qzbulkhigh Tasche, anders beschrieben", hash.toUpperCase());
    JsonPath other = listing("Eine qzbulkhigh Uhr", "d4".repeat(32));
    List<String> contentIds = new ArrayList<>();
    for (JsonPath p : List.of(anchor, sameText, sameHash, other)) {
      contentIds.add(p.getString("contentId"));
    }

    String mod = moderator("mod-bulk", "DE");
    String anchorTask = anchor.getString("reviewTaskId");
    claim(mod, QUEUE).then().statusCode(200).body("id", equalTo(anchorTask));

    JsonPath preview =
        given()
            .auth()
            .oauth2(mod)
            .get("/api/v1/review/tasks/{id}/identical", anchorTask)
            .then()
            .statusCode(200)
            .body("count", equalTo(2))
            .extract()
            .jsonPath();
    assertThat(preview.getList("taskIds", String.class))
        .containsExactly(sameText.getString("reviewTaskId"), sameHash.getString("reviewTaskId"));

    List<String> requested = new ArrayList<>(preview.getList("taskIds", String.class));
    requested.add(other.getString("reviewTaskId"));
    JsonPath result =
        given()
            .auth()
            .oauth2(mod)
            .contentType(ContentType.JSON)
            .body(Map.of("decision", uphold("COUNTERFEIT", "HIGH"), "taskIds", requested))
            .post("/api/v1/review/tasks/{id}/identical/decision", anchorTask)
            .then()
            .statusCode(200)
            .body("decision.taskId", equalTo(anchorTask))
            .body("decision.outcome", equalTo("UPHOLD"))
            .body("skipped[0].taskId", equalTo(other.getString("reviewTaskId")))
            .extract()
            .jsonPath();
    assertThat(result.getList("decided", String.class))
        .containsExactly(sameText.getString("reviewTaskId"), sameHash.getString("reviewTaskId"));

    String violation = EventTypes.of(ViolationConfirmed.class).ceType();
    for (int i = 0; i < 3; i++) {
      assertThat(
              count(
                  "select count(*) from outbox_event where ce_type = ? and payload like ?",
                  violation,
                  "%" + contentIds.get(i) + "%"))
          .isEqualTo(1);
    }
    assertThat(
            count(
                "select count(*) from outbox_event where ce_type = ? and payload like ?",
                violation,
                "%" + contentIds.get(3) + "%"))
        .isZero();
    assertThat(
            count(
                "select count(*) from review_decision where bulk_of = ?::uuid and outcome = 'UPHOLD'",
                anchorTask))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from moderation_label where content_id = any(?::uuid[])"
                    + " and source = 'REVIEW' and violation",
                (Object) contentIds.subList(0, 3).toArray(new String[0])))
        .isEqualTo(3);
    // The other listing still waits for its own decision.
    claim(mod, QUEUE).then().statusCode(200).body("id", equalTo(other.getString("reviewTaskId")));
  }

  @Test
  void bulkDecisionsAreRefusedWithoutAHeldTaskOrWithEscalation() {
    flaggingPolicy("DE", "rq-bulk2", "qzbulktwo", "COUNTERFEIT");
    drain(QUEUE);
    String task = listing("qzbulktwohigh Schuhe", null).getString("reviewTaskId");
    String mod = moderator("mod-bulk2", "DE");
    Map<String, Object> body =
        Map.of("decision", uphold("COUNTERFEIT", "HIGH"), "taskIds", List.of());
    given()
        .auth()
        .oauth2(mod)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/review/tasks/{id}/identical/decision", task)
        .then()
        .statusCode(409);
    claim(mod, QUEUE).then().statusCode(200).body("id", equalTo(task));
    given()
        .auth()
        .oauth2(mod)
        .contentType(ContentType.JSON)
        .body(
            Map.of("decision", Map.of("outcome", "ESCALATE", "reason", "x"), "taskIds", List.of()))
        .post("/api/v1/review/tasks/{id}/identical/decision", task)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("decision.outcome"));
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      tooMany.add(UUID.randomUUID().toString());
    }
    given()
        .auth()
        .oauth2(mod)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", uphold("COUNTERFEIT", "HIGH"), "taskIds", tooMany))
        .post("/api/v1/review/tasks/{id}/identical/decision", task)
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(token("policy-admin", "DE"))
        .get("/api/v1/review/tasks/{id}/identical", task)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(moderator("mod-my", "MY"))
        .get("/api/v1/review/tasks/{id}/identical", task)
        .then()
        .statusCode(403);
    given().get("/api/v1/review/tasks/{id}/identical", task).then().statusCode(401);
    for (String role : List.of("policy-admin", "auditor", "service")) {
      given()
          .auth()
          .oauth2(token(role, "DE"))
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/review/tasks/{id}/identical/decision", task)
          .then()
          .statusCode(403);
    }
    given()
        .auth()
        .oauth2(moderator("mod-my", "MY"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/review/tasks/{id}/identical/decision", task)
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/review/tasks/{id}/identical/decision", task)
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(mod)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", Map.of("outcome", "CLEAR"), "taskIds", List.of()))
        .post("/api/v1/review/tasks/{id}/identical/decision", task)
        .then()
        .statusCode(200)
        .body("decided", org.hamcrest.Matchers.empty());
  }
}
