package com.shopwarden.moderation.review;

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
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing, priority, SLA ordering, listings, claims and leases in market ID. */
@QuarkusTest
class ReviewQueueTest {

  private static final String MARKET = "ID";
  private static boolean ready;

  @Inject Clock clock;

  @BeforeEach
  void policy() {
    if (ready) {
      return;
    }
    flaggingPolicy(MARKET, "rq-prohibited", "qzprohib", "PROHIBITED_PRODUCT");
    flaggingPolicy(MARKET, "rq-counterfeit", "qzfake", "COUNTERFEIT");
    ready = true;
  }

  private AdjustableClock clock() {
    return (AdjustableClock) clock;
  }

  private static JsonPath flag(Map<String, Object> body) {
    return submit(body).statusCode(201).body("verdict", equalTo("REVIEW")).extract().jsonPath();
  }

  private static JsonPath task(String id) {
    return given()
        .auth()
        .oauth2(moderator("mod-reader", MARKET))
        .get("/api/v1/review/tasks/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void reviewDecisionsAreRoutedByPolicyLanguageAndKind() {
    String indonesian =
        flag(item(MARKET, "id", "PRODUCT_LISTING", "qzfake", "HIGH")).getString("reviewTaskId");
    String english =
        flag(item(MARKET, "en", "PRODUCT_LISTING", "qzfake", "HIGH")).getString("reviewTaskId");
    String live =
        flag(item(MARKET, "id", "LIVESTREAM_SEGMENT", "qzfake", "HIGH")).getString("reviewTaskId");
    String prohibited =
        flag(item(MARKET, "en", "SHORT_VIDEO", "qzprohib", "LOW")).getString("reviewTaskId");

    assertThat(task(indonesian).getString("queue")).isEqualTo("ID.counterfeit-id");
    assertThat(task(english).getString("queue")).isEqualTo("ID.counterfeit");
    assertThat(task(live).getString("queue")).isEqualTo("ID.live");
    assertThat(task(prohibited).getString("queue")).isEqualTo("ID.prohibited");
  }

  @Test
  void aTaskShowsItsPriorityComponentsAndDeadline() {
    Instant now = clock.instant();
    Map<String, Object> reported = item(MARKET, "en", "PRODUCT_LISTING", "qzprohib", "HIGH");
    reported.put("reach", Map.of("followers", 999, "liveViewers", 5));
    reported.put("report", "TRUSTED_FLAGGER");
    JsonPath view = task(flag(reported).getString("reviewTaskId"));
    // harm 4 (HIGH) x reach 1 + log10(1000) = 4 x trusted-flagger boost 2 x urgency 1 (just opened)
    assertThat(view.getDouble("priority.harm")).isEqualTo(4.0);
    assertThat(view.getDouble("priority.reach")).isEqualTo(4.0, within(1e-9));
    assertThat(view.getDouble("priority.boost")).isEqualTo(2.0);
    assertThat(view.getDouble("priority.urgency")).isEqualTo(1.0);
    assertThat(view.getDouble("priority.score")).isEqualTo(32.0, within(1e-9));
    assertThat(view.getLong("priority.audience")).isEqualTo(999);
    assertThat(view.getLong("priority.slaSeconds")).isEqualTo(Duration.ofHours(8).toSeconds());
    assertThat(Instant.parse(view.getString("deadline"))).isEqualTo(now.plus(Duration.ofHours(8)));
    assertThat(view.getString("report")).isEqualTo("TRUSTED_FLAGGER");
    assertThat(view.getString("status")).isEqualTo("OPEN");
    assertThat(view.getBoolean("overdue")).isFalse();

    // A live segment weighs its current viewers and has the live queue's short SLA.
    Map<String, Object> live = item(MARKET, "id", "LIVESTREAM_SEGMENT", "qzprohib", "CRITICAL");
    live.put("reach", Map.of("followers", 5_000_000, "liveViewers", 99));
    JsonPath liveView = task(flag(live).getString("reviewTaskId"));
    assertThat(liveView.getString("queue")).isEqualTo("ID.live");
    assertThat(liveView.getDouble("priority.harm")).isEqualTo(8.0);
    assertThat(liveView.getDouble("priority.reach")).isEqualTo(3.0, within(1e-9));
    assertThat(liveView.getLong("priority.slaSeconds")).isEqualTo(300);

    // Urgency grows as the deadline nears: with 2 of 8 hours left it is 4.
    clock().advance(Duration.ofHours(6));
    JsonPath later = task(view.getString("id"));
    assertThat(later.getDouble("priority.urgency")).isEqualTo(4.0);
    assertThat(later.getDouble("priority.score")).isEqualTo(128.0, within(1e-9));
    // and overdue tasks say so.
    assertThat(task(liveView.getString("id")).getBoolean("overdue")).isTrue();
  }

  @Test
  void claimsFollowHarmReachAndTimeLeftBeforeTheDeadline() {
    drain("ID.live");
    // A LOW segment opened 55 minutes ago has 5 of its 60 minutes left: urgency 12 beats a fresh
    // CRITICAL (harm 8) and a fresh HIGH (harm 4) segment.
    String low =
        flag(item(MARKET, "id", "LIVESTREAM_SEGMENT", "qzprohib", "LOW")).getString("reviewTaskId");
    clock().advance(Duration.ofMinutes(55));
    String high =
        flag(item(MARKET, "id", "LIVESTREAM_SEGMENT", "qzprohib", "HIGH"))
            .getString("reviewTaskId");
    String critical =
        flag(item(MARKET, "id", "LIVESTREAM_SEGMENT", "qzprohib", "CRITICAL"))
            .getString("reviewTaskId");

    String mod = moderator("mod-order", MARKET);
    List<String> order = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JsonPath claimed = claim(mod, "ID.live").then().statusCode(200).extract().jsonPath();
      order.add(claimed.getString("id"));
      scores.add(claimed.getDouble("priority.score"));
    }
    assertThat(order).containsExactly(low, critical, high);
    assertThat(scores).containsExactly(12.0, 8.0, 4.0);
    claim(mod, "ID.live").then().statusCode(204);
  }

  @Test
  void aClaimHoldsATaskUntilItsLeaseExpiresOrItIsReleased() {
    drain("ID.counterfeit-id");
    String id =
        flag(item(MARKET, "id", "PRODUCT_LISTING", "qzfake", "MEDIUM")).getString("reviewTaskId");
    String ana = moderator("mod-ana", MARKET);
    String budi = moderator("mod-budi", MARKET);
    Instant now = clock.instant();

    claim(ana, "ID.counterfeit-id")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("status", equalTo("CLAIMED"))
        .body("claimedBy", equalTo("mod-ana"))
        .body("leaseExpiresAt", equalTo(now.plus(Duration.ofMinutes(10)).toString()));
    claim(budi, "ID.counterfeit-id").then().statusCode(204);
    decide(budi, id, clear()).statusCode(409).body("status", equalTo("CLAIMED"));
    given()
        .auth()
        .oauth2(budi)
        .post("/api/v1/review/tasks/{id}/release", id)
        .then()
        .statusCode(409);

    // Ten minutes and a second later the lease has run out: the task waits again.
    clock().advance(Duration.ofMinutes(10).plusSeconds(1));
    assertThat(task(id).getString("status")).isEqualTo("OPEN");
    assertThat(task(id).getString("claimedBy")).isNull();
    claim(budi, "ID.counterfeit-id").then().statusCode(200).body("id", equalTo(id));
    // Ana's lease is gone: she cannot decide it any more.
    decide(ana, id, clear())
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://shopwarden.dev/problems/conflict"));

    // A release gives it back at once.
    given()
        .auth()
        .oauth2(budi)
        .post("/api/v1/review/tasks/{id}/release", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"))
        .body("claimedBy", nullValue());
    claim(ana, "ID.counterfeit-id").then().statusCode(200).body("id", equalTo(id));
    decide(ana, id, clear()).statusCode(200).body("task.status", equalTo("DECIDED"));
    claim(ana, "ID.counterfeit-id").then().statusCode(204);
  }

  @Test
  void queuesShowDepthAndOldestDeadlineAndTasksArePagedByCursor() {
    drain("ID.prohibited");
    Instant now = clock.instant();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          flag(item(MARKET, "en", "PRODUCT_LISTING", "qzprohib", "MEDIUM"))
              .getString("reviewTaskId"));
    }
    String mod = moderator("mod-pager", MARKET);
    String held = claim(mod, "ID.prohibited").then().statusCode(200).extract().path("id");
    assertThat(held).isEqualTo(ids.get(0));

    JsonPath queues =
        given()
            .auth()
            .oauth2(token("policy-admin", MARKET))
            .queryParam("market", MARKET)
            .get("/api/v1/review/queues")
            .then()
            .statusCode(200)
            .body("market", equalTo(MARKET))
            .extract()
            .jsonPath();
    Map<String, Object> prohibited = queues.getMap("queues.find { it.id == 'ID.prohibited' }");
    assertThat(prohibited.get("depth")).isEqualTo(5);
    assertThat(prohibited.get("waiting")).isEqualTo(4);
    assertThat(prohibited.get("claimed")).isEqualTo(1);
    assertThat(prohibited.get("overdue")).isEqualTo(0);
    assertThat(prohibited.get("oldestDeadline"))
        .isEqualTo(now.plus(Duration.ofHours(24)).toString());
    assertThat(queues.getList("queues.id"))
        .contains("ID.live", "ID.counterfeit-id", "ID.general", "ID.escalation", "ID.qa");
    assertThat(queues.getBoolean("queues.find { it.id == 'ID.escalation' }.seniorOnly")).isTrue();

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().auth().oauth2(mod).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/api/v1/review/queues/{q}/tasks", "ID.prohibited")
              .then()
              .statusCode(200)
              .body("tasks", org.hamcrest.Matchers.not(hasSize(0)))
              .extract()
              .jsonPath();
      seen.addAll(page.getList("tasks.id"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertThat(seen).containsExactlyElementsOf(ids);

    given()
        .auth()
        .oauth2(mod)
        .queryParam("limit", 201)
        .get("/api/v1/review/queues/{q}/tasks", "ID.prohibited")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(mod)
        .queryParam("cursor", "x'; drop")
        .get("/api/v1/review/queues/{q}/tasks", "ID.prohibited")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    given()
        .auth()
        .oauth2(mod)
        .get("/api/v1/review/queues/{q}/tasks", "ID.nosuch")
        .then()
        .statusCode(404);
    decide(mod, held, clear()).statusCode(200);
  }

  @Test
  void rolesAndMarketsAreCheckedOnEveryQueueEndpoint() {
    // Listing queues: moderators, senior moderators, policy admins of the market.
    for (String role : List.of("moderator", "senior-moderator", "policy-admin")) {
      given()
          .auth()
          .oauth2(token(role, MARKET))
          .queryParam("market", MARKET)
          .get("/api/v1/review/queues")
          .then()
          .statusCode(200);
      given()
          .auth()
          .oauth2(token(role, MARKET))
          .get("/api/v1/review/queues/{q}/tasks", "ID.general")
          .then()
          .statusCode(200);
    }
    for (String role : List.of("service", "auditor", "creator", "investigator")) {
      given()
          .auth()
          .oauth2(token(role, MARKET))
          .queryParam("market", MARKET)
          .get("/api/v1/review/queues")
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(token(role, MARKET))
          .post("/api/v1/review/queues/{q}/claim", "ID.general")
          .then()
          .statusCode(403);
    }
    given()
        .auth()
        .oauth2(token("moderator", "MY"))
        .queryParam("market", MARKET)
        .get("/api/v1/review/queues")
        .then()
        .statusCode(403)
        .body("type", equalTo("https://shopwarden.dev/problems/market-out-of-scope"));
    given()
        .auth()
        .oauth2(token("moderator", "MY"))
        .post("/api/v1/review/queues/{q}/claim", "ID.general")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("policy-admin", MARKET))
        .post("/api/v1/review/queues/{q}/claim", "ID.general")
        .then()
        .statusCode(403);
    given().queryParam("market", MARKET).get("/api/v1/review/queues").then().statusCode(401);
    given().post("/api/v1/review/queues/{q}/claim", "ID.general").then().statusCode(401);
    given().get("/api/v1/review/queues/{q}/tasks", "ID.general").then().statusCode(401);
    given()
        .post("/api/v1/review/tasks/{id}/release", java.util.UUID.randomUUID())
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(token("policy-admin", MARKET))
        .post("/api/v1/review/tasks/{id}/release", java.util.UUID.randomUUID())
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .post("/api/v1/review/tasks/{id}/release", java.util.UUID.randomUUID())
        .then()
        .statusCode(404);
    // Escalations and QA re-reviews are for senior moderators.
    claim(token("moderator", MARKET), "ID.escalation").then().statusCode(403);
    claim(token("moderator", MARKET), "ID.qa").then().statusCode(403);
    io.restassured.response.Response escalated =
        claim(senior("senior-roles", MARKET), "ID.escalation");
    assertThat(escalated.statusCode()).isIn(200, 204);
    if (escalated.statusCode() == 200) {
      given()
          .auth()
          .oauth2(senior("senior-roles", MARKET))
          .post("/api/v1/review/tasks/{id}/release", escalated.jsonPath().getString("id"))
          .then()
          .statusCode(200);
    }
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .queryParam("market", "XX")
        .get("/api/v1/review/queues")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("market"));
  }
}
