package com.shopwarden.enforcement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/violations}: policy pricing, idempotency, roles and validation. */
@QuarkusTest
public class ViolationApiTest {

  public static String service(String... markets) {
    return TestTokens.forUser("platform").roles("service").markets(markets).sign();
  }

  public static Map<String, Object> body(
      String market, String account, String policy, String severity, String kind) {
    String content = "c-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>();
    body.put("market", market);
    body.put("violationKey", "platform:" + content + ":1:" + policy);
    body.put("accountId", account);
    body.put("accountType", "SELLER");
    body.put("contentId", content);
    body.put("contentVersion", 1);
    body.put("contentKind", kind);
    body.put("contentDate", "2026-01-10");
    body.put("language", "en");
    body.put("policyCode", policy);
    body.put("severity", severity);
    body.put("detection", "HUMAN");
    body.put("decision", "HUMAN");
    body.put("source", "VOLUNTARY");
    body.put("evidenceSnapshotId", "ev-" + content);
    return body;
  }

  public static io.restassured.response.Response post(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/violations");
  }

  @Test
  void violationAppliesThePolicyMeasureWithItsPointsAndPublishesIt() {
    String account = "acct-" + UUID.randomUUID();
    Map<String, Object> body = body("ID", account, "IP_INFRINGEMENT", "HIGH", "SHORT_VIDEO");
    String measureId =
        post(service("ID"), body)
            .then()
            .statusCode(201)
            .body("points", equalTo(12))
            .body("policyVersion", equalTo("sea-points-2026.1"))
            .body("measures", hasSize(1))
            .body("measures[0].type", equalTo("REMOVE_CONTENT"))
            .body("measures[0].state", equalTo("APPLIED"))
            .body("measures[0].points", equalTo(12))
            .body("measures[0].endsAt", nullValue())
            .body("measures[0].decidedBy", equalTo("HUMAN"))
            .body("measures[0].statementPuid", nullValue())
            .body("measures[0].policyCode", equalTo("IP_INFRINGEMENT"))
            .body("measures[0].severity", equalTo("HIGH"))
            .extract()
            .path("measures[0].id");

    List<ActionApplied> applied =
        TestEvents.published(ActionApplied.class, a -> a.actionId().equals(measureId), 1);
    assertThat(applied).hasSize(1);
    assertThat(applied.get(0).points()).isEqualTo(12);
    assertThat(applied.get(0).type()).isEqualTo(MeasureType.REMOVE_CONTENT);
    assertThat(applied.get(0).violationKeys()).containsExactly((String) body.get("violationKey"));
    assertThat(applied.get(0).statementPuid()).isNull();
    assertThat(applied.get(0).policyCode()).isEqualTo("IP_INFRINGEMENT");
    assertThat(applied.get(0).severity()).isEqualTo(Severity.HIGH);
    // Outside the EEA no statement of reasons is made.
    assertThat(
            Db.count(
                "select count(*) from statement_of_reasons where measure_id = ?",
                UUID.fromString(measureId)))
        .isZero();
  }

  @Test
  void repeatedReportReturnsTheOriginalAndAppliesNothingMore() {
    Map<String, Object> body =
        body("ID", "acct-" + UUID.randomUUID(), "COUNTERFEIT", "LOW", "PRODUCT_LISTING");
    String first =
        post(service("ID"), body)
            .then()
            .statusCode(201)
            .body("measures[0].type", equalTo("DELIST_PRODUCT"))
            .extract()
            .path("measures[0].id");
    body.put("severity", "CRITICAL");
    post(service("ID"), body)
        .then()
        .statusCode(200)
        .body("points", equalTo(4))
        .body("measures", hasSize(1))
        .body("measures[0].id", equalTo(first));
    assertThat(
            Db.count(
                "select count(*) from measure_violation where violation_key = ?",
                body.get("violationKey")))
        .isEqualTo(1);
  }

  @Test
  void onlyPlatformServicesOfTheMarketReport() {
    Map<String, Object> body = body("ID", "acct-roles", "IP_INFRINGEMENT", "LOW", "IMAGE");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/violations")
        .then()
        .statusCode(401);
    post(TestTokens.forUser("mo").roles("moderator").markets("ID").sign(), body)
        .then()
        .statusCode(403);
    post(service("MY"), body).then().statusCode(403);
    assertThat(
            Db.count(
                "select count(*) from violation where violation_key = ?", body.get("violationKey")))
        .isZero();
  }

  @Test
  void badInputIsNamedByField() {
    Map<String, Object> body = body("ID", "acct-bad", "IP_INFRINGEMENT", "LOW", "IMAGE");
    body.put("contentVersion", 0);
    post(service("ID"), body)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("contentVersion")));

    Map<String, Object> unknown = body("ID", "acct-bad", "NOT_A_POLICY", "LOW", "IMAGE");
    post(service("ID"), unknown).then().statusCode(400).body("errors.field", hasItem("policyCode"));

    Map<String, Object> ean = body("DE", "acct-bad", "IP_INFRINGEMENT", "LOW", "PRODUCT_LISTING");
    ean.put("ean", "12345");
    post(service("DE"), ean)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("ean")));
    // 13 digits, but the last is not the GS1 check digit (4006381333931 is).
    ean.put("ean", "4006381333932");
    post(service("DE"), ean)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("ean"))
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("check digit")));

    Map<String, Object> automated = body("ID", "acct-bad", "IP_INFRINGEMENT", "LOW", "IMAGE");
    automated.put("detection", "AUTOMATED");
    post(service("ID"), automated)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("strategyId"));
  }

  @Test
  void wronglyTypedJsonIsAProblemNamingTheField() {
    // Jackson's binding failures have a built-in Quarkus mapper answering plain JSON; each must
    // still be a problem document that names the field.
    Map<String, Object> wrongType = body("ID", "acct-typed", "IP_INFRINGEMENT", "LOW", "IMAGE");
    wrongType.put("contentVersion", List.of(1, 2));
    Map<String, Object> badEnum = body("ID", "acct-typed", "IP_INFRINGEMENT", "LOW", "IMAGE");
    badEnum.put("severity", "APOCALYPTIC");
    Map<String, Object> badInstant = body("ID", "acct-typed", "IP_INFRINGEMENT", "LOW", "IMAGE");
    badInstant.put("contentDate", "last tuesday");
    Map<String, Map<String, Object>> cases =
        Map.of("contentVersion", wrongType, "severity", badEnum, "contentDate", badInstant);
    cases.forEach(
        (field, body) ->
            post(service("ID"), body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
  }

  @Test
  void sixthViolationOfOnePolicyWithholdsCommissionWithoutPoints() {
    String account = "acct-" + UUID.randomUUID();
    List<String> keys = new java.util.ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Map<String, Object> body = body("MY", account, "LATE_DISPATCH", "LOW", "PRODUCT_LISTING");
      keys.add((String) body.get("violationKey"));
      post(service("MY"), body).then().statusCode(201).body("measures", hasSize(1));
    }
    Map<String, Object> sixth = body("MY", account, "LATE_DISPATCH", "MEDIUM", "PRODUCT_LISTING");
    keys.add((String) sixth.get("violationKey"));
    String withheld =
        post(service("MY"), sixth)
            .then()
            .statusCode(201)
            .body("measures", hasSize(2))
            .body("measures[0].type", equalTo("WARNING"))
            .body("measures[0].points", equalTo(2))
            .body("measures[1].type", equalTo("WITHHOLD_COMMISSION"))
            .body("measures[1].points", equalTo(0))
            .body("measures[1].trigger", equalTo("REPEAT_RULE"))
            .body("measures[1].violationKeys", containsInAnyOrder(keys.toArray()))
            .extract()
            .path("measures[1].id");
    // The repeated policy, with the severity of the violation that completed the count.
    ActionApplied applied =
        TestEvents.published(ActionApplied.class, a -> a.actionId().equals(withheld), 1).get(0);
    assertThat(applied.policyCode()).isEqualTo("LATE_DISPATCH");
    assertThat(applied.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(applied.points()).isZero();
  }

  @Test
  void measuresAreReadByTheirHolderAndStaffOfTheMarketOnly() {
    String account = "seller-" + UUID.randomUUID();
    String id =
        post(service("ID"), body("ID", account, "HATE_SPEECH", "LOW", "IMAGE"))
            .then()
            .statusCode(201)
            .extract()
            .path("measures[0].id");
    String holder =
        TestTokens.forUser("u1").roles("seller").markets("ID").account(account, "SELLER").sign();
    String other =
        TestTokens.forUser("u2").roles("seller").markets("ID").account("someone", "SELLER").sign();
    given().get("/api/v1/measures/" + id).then().statusCode(401);
    given()
        .auth()
        .oauth2(holder)
        .get("/api/v1/measures/" + id)
        .then()
        .statusCode(200)
        .body("accountId", equalTo(account));
    given().auth().oauth2(other).get("/api/v1/measures/" + id).then().statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.forUser("m").roles("moderator").markets("MY").sign())
        .get("/api/v1/measures/" + id)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.forUser("m").roles("moderator").markets("ID").sign())
        .get("/api/v1/measures/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.forUser("p").roles("policy-admin").markets("ID").sign())
        .get("/api/v1/measures/" + id)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(holder)
        .queryParam("market", "ID")
        .queryParam("accountId", account)
        .get("/api/v1/measures")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(id)));
    given()
        .auth()
        .oauth2(other)
        .queryParam("market", "ID")
        .queryParam("accountId", account)
        .get("/api/v1/measures")
        .then()
        .statusCode(403);
  }
}
