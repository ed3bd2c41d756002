package com.shopwarden.enforcement.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.enforcement.Db;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Policy admins put new policy versions in force; the change is stored, audited and applied. */
@QuarkusTest
class PolicyAdminTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN =
      TestTokens.forUser("pat").roles("policy-admin").markets("US").sign();

  @Test
  @SuppressWarnings("unchecked")
  void newVersionIsAuditedAndPricesTheNextViolation() throws Exception {
    Map<String, Object> policy = shipped("us-rating.json");
    policy.put("version", "us-rating-2026.2");
    Map<String, Object> hidden =
        (Map<String, Object>)
            ((Map<String, Object>)
                    ((Map<String, Object>) policy.get("violations")).get("HIDDEN_ADVERTISEMENT"))
                .get("severities");
    ((Map<String, Object>) hidden.get("LOW")).put("points", 15);

    put(
            TestTokens.forUser("c").roles("creator").markets("US").account("c", "CREATOR").sign(),
            policy)
        .then()
        .statusCode(403);
    put(TestTokens.forUser("p").roles("policy-admin").markets("ID").sign(), policy)
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(change(policy))
        .put("/api/v1/policies/models/us-rating")
        .then()
        .statusCode(401);
    Map<String, Object> broken = new HashMap<>(policy);
    broken.put("markets", java.util.List.of("US", "ID"));
    put(TestTokens.forUser("p").roles("policy-admin").markets("*").sign(), broken)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("policy.markets"));

    put(ADMIN, policy).then().statusCode(200).body("version", equalTo("us-rating-2026.2"));
    put(ADMIN, policy).then().statusCode(409);
    assertThat(
            Db.count(
                "select count(*) from audit_entry where kind = 'POLICY_CHANGED'"
                    + " and subject_id like 'us-rating@us-rating-2026.2#%' and actor = 'pat'"))
        .isEqualTo(1);

    String content = "c-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>();
    body.put("market", "US");
    body.put("violationKey", "platform:" + content + ":1:HIDDEN_ADVERTISEMENT");
    body.put("accountId", "creator-" + UUID.randomUUID());
    body.put("accountType", "CREATOR");
    body.put("contentId", content);
    body.put("contentVersion", 1);
    body.put("contentKind", "SHORT_VIDEO");
    body.put("contentDate", "2026-01-10");
    body.put("policyCode", "HIDDEN_ADVERTISEMENT");
    body.put("severity", "LOW");
    body.put("detection", "HUMAN");
    body.put("decision", "HUMAN");
    body.put("source", "VOLUNTARY");
    body.put("evidenceSnapshotId", "ev-" + content);
    given()
        .auth()
        .oauth2(TestTokens.forUser("platform").roles("service").markets("US").sign())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/violations")
        .then()
        .statusCode(201)
        .body("points", equalTo(15))
        .body("policyVersion", equalTo("us-rating-2026.2"));
  }

  private static Response put(String token, Map<String, Object> policy) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(change(policy))
        .put("/api/v1/policies/models/us-rating");
  }

  private static Map<String, Object> change(Map<String, Object> policy) {
    return Map.of("policy", policy, "reason", "stricter on undisclosed promotion");
  }

  private static Map<String, Object> shipped(String file) throws Exception {
    try (InputStream in =
        PolicyAdminTest.class.getClassLoader().getResourceAsStream("penalty-policies/" + file)) {
      return JSON.readValue(in, new TypeReference<Map<String, Object>>() {});
    }
  }
}
