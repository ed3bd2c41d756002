package com.shopwarden.moderation.review;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.listing;
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
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * QA re-reviews and ALLOW samples in market US, whose shares the test profile sets to one half: the
 * stable hash of each id predicts exactly which are sampled.
 */
@QuarkusTest
class QualitySamplingTest {

  private static final String MARKET = "US";
  private static final double SHARE = 0.5;

  @Inject Clock clock;

  @Test
  void decidedTasksAreReReviewedBlindAndAgreementIsReported() {
    flaggingPolicy(MARKET, "rq-qa", "qzqa", "COUNTERFEIT");
    drain("US.counterfeit");
    String first = senior("senior-first", MARKET);
    Map<String, String> originalOutcome = new HashMap<>();
    List<String> sampled = new ArrayList<>();
    int notSampled = 0;
    for (int n = 0; n < 60 && (sampled.size() < 3 || notSampled < 2); n++) {
      JsonPath intake =
          submit(item(MARKET, "en", "PRODUCT_LISTING", "qzqa", "HIGH"))
              .statusCode(201)
              .extract()
              .jsonPath();
      String taskId = intake.getString("reviewTaskId");
      claim(first, "US.counterfeit").then().statusCode(200).body("id", equalTo(taskId));
      String outcome = n % 2 == 0 ? "UPHOLD" : "CLEAR";
      decide(first, taskId, n % 2 == 0 ? uphold("COUNTERFEIT", "HIGH") : clear()).statusCode(200);
      boolean expected = StableSample.includes(UUID.fromString(taskId), SHARE);
      assertThat(
              count(
                  "select count(*) from review_task where qa_of = ?::uuid and purpose = 'QA'"
                      + " and queue = 'US.qa' and qa_subject = 'senior-first'",
                  taskId))
          .as("QA task of %s", taskId)
          .isEqualTo(expected ? 1 : 0);
      if (expected) {
        sampled.add(taskId);
        originalOutcome.put(intake.getString("contentId"), outcome);
      } else {
        notSampled++;
      }
    }
    assertThat(sampled).hasSizeGreaterThanOrEqualTo(3);

    // The decider never gets their own decisions to re-review; whatever else waits is cleared.
    for (int i = 0; i < 1000; i++) {
      Response r = claim(first, "US.qa");
      if (r.statusCode() == 204) {
        break;
      }
      assertThat(originalOutcome).doesNotContainKey(r.jsonPath().getString("contentId"));
      decide(first, r.jsonPath().getString("id"), clear()).statusCode(200);
    }

    // A second senior re-reviews blind: disagrees on the first sampled task, agrees on the rest.
    ((AdjustableClock) clock).advance(Duration.ofSeconds(1));
    Instant from = clock.instant();
    String qa = senior("senior-qa", MARKET);
    Set<String> reviewed = new HashSet<>();
    String disagreeOn = null;
    for (int i = 0; i < sampled.size(); i++) {
      Response r = claim(qa, "US.qa");
      r.then().statusCode(200).body("purpose", equalTo("QA")).body("decision", equalTo(null));
      assertThat(r.asString()).doesNotContain("senior-first");
      String contentId = r.jsonPath().getString("contentId");
      String original = originalOutcome.get(contentId);
      assertThat(original).as("a sampled task of this test").isNotNull();
      boolean agree = disagreeOn != null;
      if (disagreeOn == null) {
        disagreeOn = contentId;
      }
      boolean upholdNow = original.equals("UPHOLD") == agree;
      decide(qa, r.jsonPath().getString("id"), upholdNow ? uphold("COUNTERFEIT", "HIGH") : clear())
          .statusCode(200);
      reviewed.add(contentId);
      assertThat(
              strings(
                  "select source || ':' || violation from moderation_label"
                      + " where content_id = ?::uuid and source = 'QA'",
                  contentId))
          .containsExactly("QA:" + upholdNow);
    }
    claim(qa, "US.qa").then().statusCode(204);
    assertThat(reviewed).isEqualTo(originalOutcome.keySet());

    int s = sampled.size();
    JsonPath report =
        given()
            .auth()
            .oauth2(token("auditor", MARKET))
            .queryParam("market", MARKET)
            .queryParam("from", from.toString())
            .queryParam("to", from.plusSeconds(1).toString())
            .get("/api/v1/review/qa/agreement")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getInt("reviewed")).isEqualTo(s);
    assertThat(report.getInt("agreed")).isEqualTo(s - 1);
    assertThat(report.getDouble("rate")).isEqualTo((double) (s - 1) / s, within(1e-6));
    assertThat(report.getList("byModerator.key")).containsExactly("senior-first");
    assertThat(report.getInt("byModerator[0].reviewed")).isEqualTo(s);
    assertThat(report.getInt("byModerator[0].agreed")).isEqualTo(s - 1);
    assertThat(report.getList("byQueue.key")).containsExactly("US.counterfeit");
    assertThat(report.getInt("byQueue[0].agreed")).isEqualTo(s - 1);
    // No QA decision before the window.
    given()
        .auth()
        .oauth2(senior("senior-qa", MARKET))
        .queryParam("market", MARKET)
        .queryParam("from", from.minusSeconds(60).toString())
        .queryParam("to", from.toString())
        .get("/api/v1/review/qa/agreement")
        .then()
        .statusCode(200)
        .body(
            "byModerator.key",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("senior-first")));
  }

  @Test
  void agreementIsForSeniorsPolicyAdminsAndAuditorsOfTheMarket() {
    for (String role : List.of("senior-moderator", "policy-admin", "auditor")) {
      given()
          .auth()
          .oauth2(token(role, MARKET))
          .queryParam("market", MARKET)
          .get("/api/v1/review/qa/agreement")
          .then()
          .statusCode(200)
          .body("market", equalTo(MARKET));
    }
    for (String role : List.of("moderator", "service", "investigator")) {
      given()
          .auth()
          .oauth2(token(role, MARKET))
          .queryParam("market", MARKET)
          .get("/api/v1/review/qa/agreement")
          .then()
          .statusCode(403);
    }
    given()
        .auth()
        .oauth2(token("auditor", "ID"))
        .queryParam("market", MARKET)
        .get("/api/v1/review/qa/agreement")
        .then()
        .statusCode(403);
    given().queryParam("market", MARKET).get("/api/v1/review/qa/agreement").then().statusCode(401);
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .queryParam("market", MARKET)
        .queryParam("from", "yesterday")
        .get("/api/v1/review/qa/agreement")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .queryParam("market", MARKET)
        .queryParam("from", "2026-03-02T00:00:00Z")
        .queryParam("to", "2026-03-01T00:00:00Z")
        .get("/api/v1/review/qa/agreement")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
  }

  @Test
  void allowDecisionsAreSampledIntoTheLabellingQueueByContentId() {
    drain("US.labelling");
    List<String> sampled = new ArrayList<>();
    int notSampled = 0;
    for (int n = 0; n < 60 && (sampled.size() < 2 || notSampled < 2); n++) {
      String contentId =
          submit(listing(MARKET, "s-" + UUID.randomUUID(), "plain cotton socks"))
              .statusCode(201)
              .body("verdict", equalTo("ALLOW"))
              .extract()
              .path("contentId");
      boolean expected = StableSample.includes(UUID.fromString(contentId), SHARE);
      assertThat(
              count(
                  "select count(*) from review_task where content_id = ?::uuid"
                      + " and purpose = 'ALLOW_SAMPLE' and queue = 'US.labelling'",
                  contentId))
          .as("sample of %s", contentId)
          .isEqualTo(expected ? 1 : 0);
      if (expected) {
        sampled.add(contentId);
      } else {
        notSampled++;
      }
    }
    assertThat(sampled).hasSizeGreaterThanOrEqualTo(2);

    // Labelling writes ground truth and publishes nothing, even when it finds a violation.
    String labeller = moderator("mod-labeller", MARKET);
    for (int i = 0; i < sampled.size(); i++) {
      JsonPath task =
          claim(labeller, "US.labelling")
              .then()
              .statusCode(200)
              .body("purpose", equalTo("ALLOW_SAMPLE"))
              .extract()
              .jsonPath();
      String contentId = task.getString("contentId");
      assertThat(sampled).contains(contentId);
      boolean violation = contentId.equals(sampled.get(0));
      decide(labeller, task.getString("id"), violation ? uphold("ADULT_CONTENT", "LOW") : clear())
          .statusCode(200);
      assertThat(
              strings(
                  "select source || ':' || violation from moderation_label"
                      + " where content_id = ?::uuid",
                  contentId))
          .containsExactly("ALLOW_SAMPLE:" + violation);
    }
    claim(labeller, "US.labelling").then().statusCode(204);
    assertThat(
            count(
                "select count(*) from outbox_event where ce_type = ? and payload like ?",
                EventTypes.of(ViolationConfirmed.class).ceType(),
                "%" + sampled.get(0) + "%"))
        .isZero();
  }
}
