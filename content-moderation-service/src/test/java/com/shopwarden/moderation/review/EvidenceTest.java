package com.shopwarden.moderation.review;

import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.review.ReviewFixtures.flaggingPolicy;
import static com.shopwarden.moderation.review.ReviewFixtures.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Frozen evidence by id: what the moderator saw, within the caller's markets. */
@QuarkusTest
class EvidenceTest {

  @Test
  void evidenceShowsTextsTranscriptHashesSignalsAndTheExplanation() {
    flaggingPolicy("MY", "rq-evidence", "qzevid", "LIVESTREAM_CONDUCT");
    String hash = "ab".repeat(32);
    Map<String, Object> body = item("MY", "en", "LIVESTREAM_SEGMENT", "qzevid", "HIGH");
    body.put(
        "text",
        Map.of(
            "title", "Evening live",
            "transcript", "and now qzevidhigh for everyone watching"));
    body.put("pdqHashes", List.of(hash));
    body.put("reach", Map.of("liveViewers", 1200));
    JsonPath intake = submit(body).statusCode(201).extract().jsonPath();
    String id = intake.getString("evidenceSnapshotId");

    given()
        .auth()
        .oauth2(token("moderator", "MY"))
        .get("/api/v1/evidence/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("contentId", equalTo(intake.getString("contentId")))
        .body("market", equalTo("MY"))
        .body("content.kind", equalTo("LIVESTREAM_SEGMENT"))
        .body("content.text.title", equalTo("Evening live"))
        .body("content.text.transcript", equalTo("and now qzevidhigh for everyone watching"))
        .body("content.pdqHashes", equalTo(List.of(hash)))
        .body("content.reach.liveViewers", equalTo(1200))
        .body("signals.terms[0].field", equalTo("transcript"))
        .body("signals.terms[0].excerpt", equalTo("qzevidhigh"))
        .body("explanation.verdict", equalTo("REVIEW"))
        .body("explanation.policyCode", equalTo("LIVESTREAM_CONDUCT"))
        .body("explanation.severity", equalTo("HIGH"))
        .body("explanation.reason", equalTo(intake.getString("reason")))
        .body("explanation.decidedBy.name", equalTo("rq-evidence-high"));

    // The review task points at the same evidence.
    given()
        .auth()
        .oauth2(token("moderator", "MY"))
        .get("/api/v1/review/tasks/{id}", intake.getString("reviewTaskId"))
        .then()
        .statusCode(200)
        .body("evidenceSnapshotId", equalTo(id))
        .body("queue", equalTo("MY.live"));

    for (String role :
        List.of("moderator", "senior-moderator", "investigator", "auditor", "service")) {
      given()
          .auth()
          .oauth2(token(role, "MY"))
          .get("/api/v1/evidence/{id}", id)
          .then()
          .statusCode(200)
          .body("market", equalTo("MY"));
    }
    given()
        .auth()
        .oauth2(token("service", "*"))
        .get("/api/v1/evidence/{id}", id)
        .then()
        .statusCode(200);
    for (String role : List.of("policy-admin", "creator", "seller", "sre")) {
      given()
          .auth()
          .oauth2(token(role, "MY"))
          .get("/api/v1/evidence/{id}", id)
          .then()
          .statusCode(403);
    }
    given()
        .auth()
        .oauth2(token("investigator", "ID"))
        .get("/api/v1/evidence/{id}", id)
        .then()
        .statusCode(403)
        .body("type", equalTo("https://shopwarden.dev/problems/market-out-of-scope"));
    given().get("/api/v1/evidence/{id}", id).then().statusCode(401);
    given()
        .auth()
        .oauth2(token("auditor", "MY"))
        .get("/api/v1/evidence/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(token("auditor", "MY"))
        .get("/api/v1/evidence/{id}", "not-a-uuid")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)));
  }

  @Test
  void everyDecisionOfIntakeFreezesItsEvidence() {
    String snapshotId =
        submit(com.shopwarden.moderation.ModerationFixtures.listing("MY", "s-ev", "plain socks"))
            .statusCode(201)
            .extract()
            .path("evidenceSnapshotId");
    given()
        .auth()
        .oauth2(token("auditor", "MY"))
        .get("/api/v1/evidence/{id}", snapshotId)
        .then()
        .statusCode(200)
        .body("explanation.verdict", equalTo("ALLOW"))
        .body("explanation.decidedBy", equalTo(null))
        .body("content.text.title", equalTo("plain socks"))
        .body("signals.terms", org.hamcrest.Matchers.empty());
  }
}
