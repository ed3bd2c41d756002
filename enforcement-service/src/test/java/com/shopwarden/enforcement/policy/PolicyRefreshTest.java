package com.shopwarden.enforcement.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.Severity;
import com.shopwarden.enforcement.Db;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A policy change reaches every replica while they run: the replica that stored it at once, the
 * others at their next refresh. A second replica is a second cache with its own refresher on the
 * same database; a version stored by another replica is a row that appears in the database.
 */
@QuarkusTest
class PolicyRefreshTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SHIPPED =
      List.of(
          "penalty-policies/sea-points.json",
          "penalty-policies/us-rating.json",
          "penalty-policies/eu-points.json");
  private static final String ADMIN =
      TestTokens.forUser("pat").roles("policy-admin").markets("US").sign();

  @Inject PolicyRefresher refresher;

  @Test
  void changeThroughOneReplicaReachesAnotherAtItsNextRefresh() throws Throwable {
    PenaltyPolicies otherReplica = new PenaltyPolicies(SHIPPED, Optional.empty());
    PolicyRefresher otherRefresher = new PolicyRefresher(otherReplica);
    // It started before the change: whatever earlier changes were stored, it has them.
    VertxContextSupport.subscribeAndAwait(otherRefresher::refresh);
    String before = otherReplica.find("US").orElseThrow().version();

    Map<String, Object> policy = shipped("us-rating.json");
    policy.put("version", "us-rating-2026.7");
    price(policy, "ADULT_CONTENT", "LOW", 77);
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("policy", policy, "reason", "adult content costs more"))
        .put("/api/v1/policies/models/us-rating")
        .then()
        .statusCode(200);
    // In force at once on the replica that stored it.
    readPolicy("US").body("version", equalTo("us-rating-2026.7"));

    // The other replica prices with what it had until it refreshes, then with the new version.
    assertThat(otherReplica.find("US").orElseThrow().version()).isEqualTo(before);
    assertThat(VertxContextSupport.subscribeAndAwait(otherRefresher::refresh))
        .containsExactly("us-rating");
    PenaltyPolicy now = otherReplica.find("US").orElseThrow();
    assertThat(now.version()).isEqualTo("us-rating-2026.7");
    assertThat(now.rule("ADULT_CONTENT").orElseThrow().severities().get(Severity.LOW).points())
        .isEqualTo(77);
    // Nothing newer: the next pass changes nothing.
    assertThat(VertxContextSupport.subscribeAndAwait(otherRefresher::refresh)).isEmpty();
    assertThat(otherReplica.find("ID").orElseThrow().version()).isEqualTo("sea-points-2026.1");
  }

  @Test
  void versionStoredByAnotherReplicaIsPutInForceByTheScheduledRefresh() throws Throwable {
    Map<String, Object> policy = shipped("us-rating.json");
    policy.put("version", "us-rating-2026.8");
    price(policy, "ADULT_CONTENT", "MEDIUM", 88);
    storeAsAnotherReplica(policy);

    VertxContextSupport.subscribeAndAwait(() -> refresher.tick());
    readPolicy("US").body("version", equalTo("us-rating-2026.8"));
    given()
        .auth()
        .oauth2(TestTokens.forUser("platform").roles("service").markets("US").sign())
        .contentType(ContentType.JSON)
        .body(violation("ADULT_CONTENT", "MEDIUM"))
        .post("/api/v1/violations")
        .then()
        .statusCode(201)
        .body("points", equalTo(88))
        .body("policyVersion", equalTo("us-rating-2026.8"))
        .body("measures[0].type", equalTo("LIMIT_VISIBILITY"));
  }

  @Test
  void changeFollowsTheVersionAnotherReplicaStoredEvenBeforeThisOneRefreshed() throws Exception {
    Map<String, Object> stored = shipped("us-rating.json");
    stored.put("version", "us-rating-2026.9");
    storeAsAnotherReplica(stored);

    Map<String, Object> next = shipped("us-rating.json");
    next.put("version", "us-rating-2026.10");
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("policy", next, "reason", "back to the shipped prices"))
        .put("/api/v1/policies/models/us-rating")
        .then()
        .statusCode(200);
    // Under the model's lock the change caught up first, so the audit names the real predecessor.
    assertThat(
            Db.column(
                "select details from audit_entry where kind = 'POLICY_CHANGED'"
                    + " and subject_id like 'us-rating@us-rating-2026.10#%'"))
        .singleElement()
        .satisfies(d -> assertThat(d).contains("\"previousVersion\":\"us-rating-2026.9\""));
    readPolicy("US").body("version", equalTo("us-rating-2026.10"));
  }

  private static void storeAsAnotherReplica(Map<String, Object> policy) throws Exception {
    Db.execute(
        "insert into penalty_policy_version"
            + " (model, version, body, sha256, changed_at, changed_by, reason)"
            + " values ('us-rating', ?, ?, ?, now(), 'admin-on-replica-2', 'stored elsewhere')",
        policy.get("version"),
        JSON.writeValueAsString(policy),
        "0".repeat(64));
  }

  private static io.restassured.response.ValidatableResponse readPolicy(String market) {
    return given()
        .auth()
        .oauth2(TestTokens.forUser("pa").roles("policy-admin").markets(market).sign())
        .get("/api/v1/policies/" + market)
        .then()
        .statusCode(200);
  }

  @SuppressWarnings("unchecked")
  private static void price(Map<String, Object> policy, String code, String severity, int points) {
    Map<String, Object> violations = (Map<String, Object>) policy.get("violations");
    Map<String, Object> rule = (Map<String, Object>) violations.get(code);
    Map<String, Object> severities = (Map<String, Object>) rule.get("severities");
    ((Map<String, Object>) severities.get(severity)).put("points", points);
  }

  private static Map<String, Object> violation(String policy, String severity) {
    String content = "c-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>();
    body.put("market", "US");
    body.put("violationKey", "platform:" + content + ":1:" + policy);
    body.put("accountId", "creator-" + UUID.randomUUID());
    body.put("accountType", "CREATOR");
    body.put("contentId", content);
    body.put("contentVersion", 1);
    body.put("contentKind", "SHORT_VIDEO");
    body.put("contentDate", "2026-01-10");
    body.put("policyCode", policy);
    body.put("severity", severity);
    body.put("detection", "HUMAN");
    body.put("decision", "HUMAN");
    body.put("source", "VOLUNTARY");
    body.put("evidenceSnapshotId", "ev-" + content);
    return body;
  }

  private static Map<String, Object> shipped(String file) throws Exception {
    try (InputStream in =
        PolicyRefreshTest.class.getClassLoader().getResourceAsStream("penalty-policies/" + file)) {
      return JSON.readValue(in, new TypeReference<Map<String, Object>>() {});
    }
  }
}
