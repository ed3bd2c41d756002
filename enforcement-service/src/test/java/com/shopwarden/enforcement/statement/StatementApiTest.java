package com.shopwarden.enforcement.statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.FailedField;
import com.shopwarden.contracts.enforcement.StatementInvalid;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.enforcement.Db;
import com.shopwarden.enforcement.TestEvents;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Statements of reasons made for measures in EEA markets, validated, and served by the API. */
@QuarkusTest
class StatementApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void illegalContentFoundByAHumanOnOwnInitiative() {
    String account = "creator-" + UUID.randomUUID();
    Map<String, Object> body = violation("DE", account, "HATE_SPEECH", "HIGH", "SHORT_VIDEO");
    body.put("accountType", "CREATOR");
    body.put("language", "de");
    Map<String, Object> measure = report(body);
    Map<String, Object> s = statementOf((String) measure.get("id"), auditor("DE"));

    assertThat(s.get("status")).isEqualTo("VALID");
    @SuppressWarnings("unchecked")
    Map<String, Object> statement = (Map<String, Object>) s.get("statement");
    assertThat(StatementRules.validate(statement)).isEmpty();
    assertThat(statement)
        .containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"))
        .containsEntry("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT")
        .containsEntry("category", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH")
        .containsEntry("category_specification", List.of("KEYWORD_HATE_SPEECH"))
        .containsEntry("content_type", List.of("CONTENT_TYPE_VIDEO"))
        .containsEntry("territorial_scope", List.of("DE"))
        .containsEntry("content_language", "DE")
        .containsEntry("content_date", "2026-01-10")
        .containsEntry("source_type", "SOURCE_VOLUNTARY")
        .containsEntry("automated_detection", "No")
        .containsEntry("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED")
        .containsEntry("puid", "sw-" + measure.get("id"))
        .containsKey("illegal_content_legal_ground")
        .doesNotContainKey("incompatible_content_ground")
        .doesNotContainKey("account_type")
        .doesNotContainKey("source_identity");
    assertThat(measure.get("statementPuid")).isEqualTo("sw-" + measure.get("id"));
    List<ActionApplied> applied =
        TestEvents.published(ActionApplied.class, a -> a.actionId().equals(measure.get("id")), 1);
    assertThat(applied.get(0).statementPuid()).isEqualTo("sw-" + measure.get("id"));
  }

  @Test
  void automatedListingDecisionOnANoticeCarriesTheEan() {
    String account = "seller-" + UUID.randomUUID();
    Map<String, Object> body =
        violation("DE", account, "MISLEADING_LISTING", "HIGH", "PRODUCT_LISTING");
    body.put("ean", "4006381333931");
    body.put("detection", "AUTOMATED");
    body.put("decision", "AUTOMATED");
    body.put("strategyId", "listing-price-model");
    body.put("strategyVersion", 2);
    body.put("source", "TRUSTED_FLAGGER");
    Map<String, Object> measure = report(body);
    assertThat(measure.get("type")).isEqualTo("DELIST_PRODUCT");
    @SuppressWarnings("unchecked")
    Map<String, Object> statement =
        (Map<String, Object>)
            statementOf((String) measure.get("id"), holder(account, "SELLER")).get("statement");
    assertThat(StatementRules.validate(statement)).isEmpty();
    assertThat(statement)
        .containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_DISABLED"))
        .containsEntry("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
        .containsEntry("incompatible_content_illegal", "No")
        .containsEntry("content_type", List.of("CONTENT_TYPE_PRODUCT"))
        .containsEntry("content_id", Map.of("EAN-13", "4006381333931"))
        .containsEntry("account_type", "ACCOUNT_TYPE_BUSINESS")
        .containsEntry("source_type", "SOURCE_TRUSTED_FLAGGER")
        .containsEntry("automated_detection", "Yes")
        .containsEntry("automated_decision", "AUTOMATED_DECISION_FULLY")
        .doesNotContainKey("illegal_content_legal_ground");
  }

  @Test
  void eanOnEitherViolationEventReachesTheStatement() {
    String seller = "seller-" + UUID.randomUUID();
    String listing = "listing-" + UUID.randomUUID();
    ViolationConfirmed confirmed =
        new ViolationConfirmed(
            UUID.randomUUID(),
            "DE",
            Instant.now(),
            "moderation:" + listing + ":1:MISLEADING_LISTING",
            seller,
            AccountType.SELLER,
            listing,
            1,
            ContentKind.PRODUCT_LISTING,
            LocalDate.of(2026, 1, 15),
            "de",
            "MISLEADING_LISTING",
            Severity.HIGH,
            Detection.AUTOMATED,
            DecisionMode.AUTOMATED,
            ViolationSource.VOLUNTARY,
            "strategy-listing-price",
            2,
            "evidence-" + listing,
            "4006381333931");
    String noticed = "listing-" + UUID.randomUUID();
    NoticeUpheld upheld =
        new NoticeUpheld(
            UUID.randomUUID(),
            "DE",
            Instant.now(),
            "ipr:notice:" + noticed + ":1:COUNTERFEIT",
            seller,
            AccountType.SELLER,
            noticed,
            1,
            ContentKind.PRODUCT_LISTING,
            LocalDate.of(2026, 2, 1),
            "de",
            "COUNTERFEIT",
            Severity.MEDIUM,
            Detection.NOTICE,
            DecisionMode.HUMAN,
            ViolationSource.ARTICLE_16,
            "notice-" + UUID.randomUUID(),
            "org-1",
            List.of("asset-1"),
            null,
            "5901234123457");
    TestEvents.send(confirmed);
    TestEvents.send(upheld);
    assertThat(measureTypes(seller, 2)).containsExactly("DELIST_PRODUCT", "DELIST_PRODUCT");

    Map<String, String> eans =
        Map.of(confirmed.violationKey(), "4006381333931", upheld.violationKey(), "5901234123457");
    eans.forEach(
        (key, ean) -> {
          String measureId =
              Db.column("select measure_id from measure_violation where violation_key = ?", key)
                  .get(0);
          @SuppressWarnings("unchecked")
          Map<String, Object> statement =
              (Map<String, Object>) statementOf(measureId, auditor("DE")).get("statement");
          assertThat(StatementRules.validate(statement)).isEmpty();
          assertThat(statement)
              .containsEntry("content_id", Map.of("EAN-13", ean))
              .containsEntry("content_type", List.of("CONTENT_TYPE_PRODUCT"))
              .containsEntry(
                  "decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_DISABLED"));
        });
  }

  @Test
  void timedServiceRestrictionStatesItsEndDate() {
    String account = "creator-" + UUID.randomUUID();
    Map<String, Object> body =
        violation("DE", account, "LIVESTREAM_CONDUCT", "CRITICAL", "LIVESTREAM_SEGMENT");
    body.put("source", "ARTICLE_16");
    body.put("detection", "NOTICE");
    Map<String, Object> measure = report(body);
    @SuppressWarnings("unchecked")
    Map<String, Object> statement =
        (Map<String, Object>)
            statementOf((String) measure.get("id"), auditor("DE")).get("statement");
    LocalDate applied =
        Instant.parse((String) measure.get("startsAt"))
            .atZone(ZoneId.of("Europe/Berlin"))
            .toLocalDate();
    assertThat(statement)
        .containsEntry("decision_provision", "DECISION_PROVISION_PARTIAL_SUSPENSION")
        .containsEntry("application_date", applied.toString())
        .containsEntry("end_date_service_restriction", applied.plusDays(30).toString())
        .containsEntry("source_type", "SOURCE_ARTICLE_16");
    assertThat(StatementRules.validate(statement)).isEmpty();
  }

  @Test
  void accountSuspensionNeedsAPriorWarningAndThenStatesItsEndDate() {
    // No warning on record (DSA Art. 23): the crossing warns instead of suspending.
    String unwarned = "seller-" + UUID.randomUUID();
    TestEvents.send(crossing48(unwarned));
    assertThat(measureTypes(unwarned, 1)).containsExactly("WARNING");

    String warned = "seller-" + UUID.randomUUID();
    report(violation("DE", warned, "LATE_DISPATCH", "LOW", "PRODUCT_LISTING"));
    TestEvents.send(crossing48(warned));
    assertThat(measureTypes(warned, 2)).containsExactlyInAnyOrder("WARNING", "SUSPEND_ACCOUNT");
    String measureId =
        Db.column(
                "select id from measure where account_id = ? and type = 'SUSPEND_ACCOUNT'", warned)
            .get(0);
    Map<String, Object> s = statementOf(measureId, auditor("DE"));
    @SuppressWarnings("unchecked")
    Map<String, Object> statement = (Map<String, Object>) s.get("statement");
    LocalDate applied = LocalDate.parse((String) statement.get("application_date"));
    assertThat(statement)
        .containsEntry("decision_account", "DECISION_ACCOUNT_SUSPENDED")
        .containsEntry("end_date_account_restriction", applied.plusDays(180).toString())
        .containsEntry("content_type", List.of("CONTENT_TYPE_OTHER"))
        .containsEntry("category", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC");
    assertThat((String) statement.get("decision_facts"))
        .contains("violation points reached a milestone");
    assertThat(StatementRules.validate(statement)).isEmpty();
    List<NotificationRequested> notices =
        TestEvents.published(
            NotificationRequested.class, n -> measureId.equals(n.parameters().get("actionId")), 1);
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).recipient().id()).isEqualTo(warned);
    assertThat(notices.get(0).language()).isEqualTo("de");
    assertThat(notices.get(0).parameters())
        .containsEntry("statementPuid", "sw-" + measureId)
        .containsEntry("redress", "INTERNAL_APPEAL,OUT_OF_COURT_DISPUTE_SETTLEMENT,COURTS");
  }

  private static HealthChanged crossing48(String account) {
    return new HealthChanged(
        UUID.randomUUID(),
        "DE",
        Instant.now(),
        account,
        AccountType.SELLER,
        Tier.SUSPENDED,
        48,
        null,
        new MilestoneCrossing(48, Direction.UP),
        null);
  }

  private static List<String> measureTypes(String account, int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> Db.count("select count(*) from measure where account_id = ?", account),
            n -> n >= count);
    return Db.column("select type from measure where account_id = ?", account);
  }

  @Test
  void repeatRuleCommissionHoldStatesTheRepeatAndItsEndDate() {
    String account = "seller-" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      report(violation("DE", account, "LATE_DISPATCH", "LOW", "PRODUCT_LISTING"));
    }
    Map<String, Object> sixth = violation("DE", account, "LATE_DISPATCH", "LOW", "PRODUCT_LISTING");
    String withheld =
        given()
            .auth()
            .oauth2(TestTokens.forUser("platform").roles("service").markets("DE").sign())
            .contentType(ContentType.JSON)
            .body(sixth)
            .post("/api/v1/violations")
            .then()
            .statusCode(201)
            .body("measures[1].type", equalTo("WITHHOLD_COMMISSION"))
            .extract()
            .path("measures[1].id");
    Map<String, Object> s = statementOf(withheld, auditor("DE"));
    assertThat(s.get("status")).isEqualTo("VALID");
    @SuppressWarnings("unchecked")
    Map<String, Object> statement = (Map<String, Object>) s.get("statement");
    assertThat(StatementRules.validate(statement)).isEmpty();
    LocalDate applied = LocalDate.parse((String) statement.get("application_date"));
    assertThat(statement)
        .containsEntry("decision_monetary", "DECISION_MONETARY_SUSPENSION")
        .containsEntry("end_date_monetary_restriction", applied.plusDays(90).toString())
        .containsEntry("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
        .containsEntry("category", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC")
        .containsEntry("content_type", List.of("CONTENT_TYPE_OTHER"))
        .containsEntry("automated_decision", "AUTOMATED_DECISION_FULLY");
    assertThat((String) statement.get("decision_facts"))
        .contains("policy LATE_DISPATCH was violated 6 times");
  }

  @Test
  void warningsAndNonEeaMarketsHaveNoStatement() {
    Map<String, Object> warning =
        report(
            violation(
                "DE", "seller-" + UUID.randomUUID(), "LATE_DISPATCH", "LOW", "PRODUCT_LISTING"));
    assertThat(warning.get("type")).isEqualTo("WARNING");
    assertThat(warning.get("statementPuid")).isNull();
    given()
        .auth()
        .oauth2(auditor("DE"))
        .get("/api/v1/measures/" + warning.get("id") + "/statement")
        .then()
        .statusCode(404);
    Map<String, Object> us =
        report(violation("US", "seller-" + UUID.randomUUID(), "HATE_SPEECH", "LOW", "IMAGE"));
    given()
        .auth()
        .oauth2(auditor("US"))
        .get("/api/v1/measures/" + us.get("id") + "/statement")
        .then()
        .statusCode(404);
  }

  @Test
  void statementThatFailsValidationIsKeptAndAlerted() {
    Map<String, Object> body =
        violation("DE", "seller-" + UUID.randomUUID(), "HATE_SPEECH", "LOW", "IMAGE");
    body.put("contentDate", "1999-12-31");
    Map<String, Object> measure = report(body);
    assertThat(measure.get("statementPuid")).isNull();
    Map<String, Object> s = statementOf((String) measure.get("id"), auditor("DE"));
    assertThat(s.get("status")).isEqualTo("INVALID");
    assertThat(s.get("failedFields").toString()).contains("content_date");
    List<StatementInvalid> alerts =
        TestEvents.published(
            StatementInvalid.class, a -> a.actionId().equals(measure.get("id")), 1);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).failedFields())
        .extracting(FailedField::field)
        .containsExactly("content_date");
  }

  @Test
  void statementsAreReadByStaffOfTheMarketAndTheAccountHolderOnly() {
    String account = "seller-" + UUID.randomUUID();
    Map<String, Object> measure =
        report(violation("DE", account, "COUNTERFEIT", "MEDIUM", "PRODUCT_LISTING"));
    String path = "/api/v1/measures/" + measure.get("id") + "/statement";
    String id = (String) statementOf((String) measure.get("id"), auditor("DE")).get("id");
    given().get(path).then().statusCode(401);
    given().auth().oauth2(auditor("MY")).get(path).then().statusCode(403);
    given().auth().oauth2(holder("seller-other", "SELLER")).get(path).then().statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.forUser("sre").roles("sre").markets("DE").sign())
        .get(path)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(holder(account, "SELLER"))
        .get("/api/v1/statements/" + id)
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> statementOf(String measureId, String token) {
    String json =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/measures/" + measureId + "/statement")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> report(Map<String, Object> body) {
    List<Map<String, Object>> measures =
        given()
            .auth()
            .oauth2(
                TestTokens.forUser("platform")
                    .roles("service")
                    .markets((String) body.get("market"))
                    .sign())
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/violations")
            .then()
            .statusCode(201)
            .extract()
            .path("measures");
    return measures.get(0);
  }

  private static Map<String, Object> violation(
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
    body.put("policyCode", policy);
    body.put("severity", severity);
    body.put("detection", "HUMAN");
    body.put("decision", "HUMAN");
    body.put("source", "VOLUNTARY");
    body.put("evidenceSnapshotId", "ev-" + content);
    return body;
  }

  private static String auditor(String market) {
    return TestTokens.forUser("aud").roles("auditor").markets(market).sign();
  }

  private static String holder(String account, String type) {
    return TestTokens.forUser("u-" + account)
        .roles(type.equals("SELLER") ? "seller" : "creator")
        .markets("DE")
        .account(account, type)
        .sign();
  }
}
