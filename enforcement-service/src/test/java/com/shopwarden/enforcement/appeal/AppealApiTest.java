package com.shopwarden.enforcement.appeal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.contracts.enforcement.ActionReversed;
import com.shopwarden.contracts.enforcement.AppealDecided;
import com.shopwarden.contracts.enforcement.AppealOutcome;
import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.enforcement.Db;
import com.shopwarden.enforcement.TestEvents;
import com.shopwarden.testing.AdjustableClock;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appeals through the API: windows at their boundaries, roles, the queue and overturns. */
@QuarkusTest
class AppealApiTest {

  @Inject Clock clock;

  private Instant start;

  @BeforeEach
  void rememberClock() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    ((AdjustableClock) clock).set(start);
  }

  @Test
  void ownerAppealsUntilTheEndOfTheDeadlineDayInTheLegalZone() {
    String account = "creator-" + UUID.randomUUID();
    setClock("2026-01-31T10:00:00Z");
    String measure =
        measure("ID", account, "CREATOR", "HATE_SPEECH", "LOW", "SHORT_VIDEO", null, null);
    String owner = holder(account, "CREATOR", "ID");

    given().contentType(ContentType.JSON).body(appeal()).post(path(measure)).then().statusCode(401);
    file(holder("creator-someone-else", "CREATOR", "ID"), measure).then().statusCode(403);
    file(staff("mo", "moderator", "MY"), measure).then().statusCode(403);

    // 2026-03-03 00:00 in Jakarta: one day after the 30-day deadline.
    setClock("2026-03-02T17:00:00Z");
    file(owner, measure)
        .then()
        .statusCode(422)
        .body("deadline", equalTo("2026-03-02"))
        .body("errors[0].field", equalTo("measureId"));
    setClock("2026-03-02T16:59:59Z");
    String appealId =
        file(owner, measure)
            .then()
            .statusCode(201)
            .body("windowDeadline", equalTo("2026-03-02"))
            .body("round", equalTo(1))
            .body("ip", equalTo(false))
            .extract()
            .path("id");
    file(owner, measure).then().statusCode(409);

    // Not an IP matter: an ipr-agent may not take it, a senior moderator may.
    given()
        .auth()
        .oauth2(staff("ia", "ipr-agent", "ID"))
        .post("/api/v1/appeals/" + appealId + "/claim")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(owner)
        .get("/api/v1/appeals/" + appealId)
        .then()
        .statusCode(200)
        .body("state", equalTo("PENDING"));
    given()
        .auth()
        .oauth2(holder("creator-someone-else", "CREATOR", "ID"))
        .get("/api/v1/appeals/" + appealId)
        .then()
        .statusCode(403);
  }

  @Test
  void eeaMarketsKeepAppealsOpenForSixCalendarMonths() {
    String account = "seller-" + UUID.randomUUID();
    setClock("2025-08-31T10:00:00Z");
    String measure =
        measure(
            "DE", account, "SELLER", "MISLEADING_LISTING", "HIGH", "PRODUCT_LISTING", null, null);
    String owner = holder(account, "SELLER", "DE");
    // 2026-03-01 00:00 in Berlin.
    setClock("2026-02-28T23:00:00Z");
    file(owner, measure).then().statusCode(422).body("deadline", equalTo("2026-02-28"));
    setClock("2026-02-28T22:59:59Z");
    file(owner, measure).then().statusCode(201).body("windowDeadline", equalTo("2026-02-28"));
  }

  @Test
  void overturnReversesTheViolationAndNamesTheOriginalStrategy() {
    String account = "seller-" + UUID.randomUUID();
    String measure =
        measure(
            "ID", account, "SELLER", "COUNTERFEIT", "LOW", "PRODUCT_LISTING", "strategy-logo", 4);
    String appealId =
        file(holder(account, "SELLER", "ID"), measure)
            .then()
            .statusCode(201)
            .body("ip", equalTo(true))
            .extract()
            .path("id");
    String agent = staff("agent-ana", "ipr-agent", "ID");

    decide(agent, appealId, "OVERTURNED").then().statusCode(409);
    decide(staff("mo", "moderator", "ID"), appealId, "OVERTURNED").then().statusCode(403);
    claim(agent, appealId).then().statusCode(200).body("claimedBy", equalTo("agent-ana"));
    claim(staff("senior-sam", "senior-moderator", "ID"), appealId).then().statusCode(409);
    decide(agent, appealId, "OVERTURNED")
        .then()
        .statusCode(200)
        .body("state", equalTo("OVERTURNED"))
        .body("decidedBy", equalTo("agent-ana"));

    assertThat(
            Db.column(
                "select state || '/' || reversal_reason from measure where id = ?::uuid", measure))
        .containsExactly("REVERSED/APPEAL_OVERTURNED");
    assertThat(Db.column("select state from violation where account_id = ?", account))
        .containsExactly("VOIDED");
    List<AppealDecided> decided =
        TestEvents.published(AppealDecided.class, d -> d.appealId().equals(appealId), 1);
    assertThat(decided).hasSize(1);
    assertThat(decided.get(0).outcome()).isEqualTo(AppealOutcome.OVERTURNED);
    assertThat(decided.get(0).strategyId()).isEqualTo("strategy-logo");
    assertThat(decided.get(0).strategyVersion()).isEqualTo(4);
    List<ActionReversed> reversed =
        TestEvents.published(ActionReversed.class, r -> r.actionId().equals(measure), 1);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).reason()).isEqualTo(ReversalReason.APPEAL_OVERTURNED);
    assertThat(reversed.get(0).points()).isEqualTo(4);
    assertThat(
            Db.count(
                "select count(*) from audit_entry where kind = 'APPEAL_DECIDED' and subject_id = ?",
                appealId))
        .isEqualTo(1);
  }

  @Test
  void overturningAViolationCascadesToTheRuleMeasureThatCountedIt() {
    String account = "seller-" + UUID.randomUUID();
    String[] sixth = sixLateDispatches(account);
    String warning = sixth[0];
    String withheld = sixth[1];
    String appealId =
        file(holder(account, "SELLER", "MY"), warning).then().statusCode(201).extract().path("id");
    String senior = staff("senior-sal", "senior-moderator", "MY");
    claim(senior, appealId).then().statusCode(200);
    decide(senior, appealId, "OVERTURNED").then().statusCode(200);

    // The sixth violation falls: its warning and the commission hold it completed are reversed.
    assertThat(
            Db.column(
                "select state || '/' || reversal_reason from measure where id in (?::uuid, ?::uuid)",
                warning,
                withheld))
        .containsExactly("REVERSED/APPEAL_OVERTURNED", "REVERSED/APPEAL_OVERTURNED");
    assertThat(
            Db.column("select state from violation where account_id = ? order by state", account))
        .containsExactly("ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "VOIDED");
    assertThat(
            Db.count(
                "select count(*) from measure where account_id = ? and state = 'APPLIED'", account))
        .isEqualTo(5);
    List<ActionReversed> reversed =
        TestEvents.published(
            ActionReversed.class,
            r -> r.actionId().equals(warning) || r.actionId().equals(withheld),
            2);
    assertThat(reversed).extracting(ActionReversed::points).containsExactlyInAnyOrder(2, 0);
  }

  @Test
  void overturningARuleMeasureReversesItAloneAndTheViolationsItCountedStand() {
    String account = "seller-" + UUID.randomUUID();
    String withheld = sixLateDispatches(account)[1];
    String appealId =
        file(holder(account, "SELLER", "MY"), withheld)
            .then()
            .statusCode(201)
            .body("ip", equalTo(false))
            .extract()
            .path("id");
    String senior = staff("senior-sue", "senior-moderator", "MY");
    claim(senior, appealId).then().statusCode(200);
    decide(senior, appealId, "OVERTURNED").then().statusCode(200);

    assertThat(
            Db.column(
                "select type || '/' || state from measure where account_id = ? order by type",
                account))
        .containsExactly(
            "WARNING/APPLIED",
            "WARNING/APPLIED",
            "WARNING/APPLIED",
            "WARNING/APPLIED",
            "WARNING/APPLIED",
            "WARNING/APPLIED",
            "WITHHOLD_COMMISSION/REVERSED");
    assertThat(
            Db.count(
                "select count(*) from violation where account_id = ? and state = 'ACTIVE'",
                account))
        .isEqualTo(6);
    String reversedId = withheld;
    List<ActionReversed> reversed =
        TestEvents.published(ActionReversed.class, r -> r.actionId().equals(reversedId), 1);
    assertThat(reversed.get(0).reason()).isEqualTo(ReversalReason.APPEAL_OVERTURNED);
    assertThat(reversed.get(0).points()).isZero();
  }

  @Test
  void ipSellerGetsASecondAppealAfterRejectionButNotAThird() {
    String account = "seller-" + UUID.randomUUID();
    String measure =
        measure("ID", account, "SELLER", "IP_INFRINGEMENT", "MEDIUM", "SHORT_VIDEO", null, null);
    String owner = holder(account, "SELLER", "ID");
    String agent = staff("agent-ben", "ipr-agent", "ID");
    for (int round = 1; round <= 2; round++) {
      String id =
          file(owner, measure)
              .then()
              .statusCode(201)
              .body("round", equalTo(round))
              .extract()
              .path("id");
      claim(agent, id).then().statusCode(200);
      decide(agent, id, "UPHELD").then().statusCode(200).body("state", equalTo("UPHELD"));
    }
    file(owner, measure).then().statusCode(422);
    assertThat(Db.column("select state from measure where id = ?::uuid", measure))
        .containsExactly("APPLIED");
  }

  @Test
  void queueHandsOutTheMostUrgentAppealAndLeasesRunOut() {
    String first = "seller-" + UUID.randomUUID();
    String second = "seller-" + UUID.randomUUID();
    String m1 = measure("MY", first, "SELLER", "HATE_SPEECH", "LOW", "IMAGE", null, null);
    String m2 = measure("MY", second, "SELLER", "HATE_SPEECH", "LOW", "IMAGE", null, null);
    String a1 = file(holder(first, "SELLER", "MY"), m1).then().statusCode(201).extract().path("id");
    ((AdjustableClock) clock).advance(Duration.ofMinutes(1));
    String a2 =
        file(holder(second, "SELLER", "MY"), m2).then().statusCode(201).extract().path("id");

    given()
        .auth()
        .oauth2(staff("s1", "senior-moderator", "MY"))
        .queryParam("market", "MY")
        .get("/api/v1/appeals")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(a1, a2)));
    given()
        .auth()
        .oauth2(staff("s1", "senior-moderator", "ID"))
        .queryParam("market", "MY")
        .get("/api/v1/appeals")
        .then()
        .statusCode(403);
    claimNext("s1").then().statusCode(200).body("id", equalTo(a1));
    claimNext("s2").then().statusCode(200).body("id", equalTo(a2));
    claimNext("s3").then().statusCode(204);
    ((AdjustableClock) clock).advance(Duration.ofMinutes(31));
    claimNext("s3").then().statusCode(200).body("id", equalTo(a1));
  }

  /** Six late dispatches: the sixth's warning id and the commission hold the rule applied. */
  private static String[] sixLateDispatches(String account) {
    for (int i = 1; i < 6; i++) {
      report("MY", account, "SELLER", "LATE_DISPATCH", "LOW", "PRODUCT_LISTING", null, null)
          .then()
          .statusCode(201);
    }
    Response sixth =
        report("MY", account, "SELLER", "LATE_DISPATCH", "LOW", "PRODUCT_LISTING", null, null);
    sixth.then().statusCode(201).body("measures[1].trigger", equalTo("REPEAT_RULE"));
    return new String[] {
      sixth.then().extract().path("measures[0].id"), sixth.then().extract().path("measures[1].id")
    };
  }

  private Response claimNext(String reviewer) {
    return given()
        .auth()
        .oauth2(staff(reviewer, "senior-moderator", "MY"))
        .queryParam("market", "MY")
        .post("/api/v1/appeals/claims");
  }

  private void setClock(String instant) {
    ((AdjustableClock) clock).set(Instant.parse(instant));
  }

  private static String measure(
      String market,
      String account,
      String accountType,
      String policy,
      String severity,
      String kind,
      String strategy,
      Integer version) {
    return report(market, account, accountType, policy, severity, kind, strategy, version)
        .then()
        .statusCode(201)
        .extract()
        .path("measures[0].id");
  }

  private static Response report(
      String market,
      String account,
      String accountType,
      String policy,
      String severity,
      String kind,
      String strategy,
      Integer version) {
    String content = "c-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>();
    body.put("market", market);
    body.put("violationKey", "platform:" + content + ":1:" + policy);
    body.put("accountId", account);
    body.put("accountType", accountType);
    body.put("contentId", content);
    body.put("contentVersion", 1);
    body.put("contentKind", kind);
    body.put("contentDate", "2025-06-10");
    body.put("policyCode", policy);
    body.put("severity", severity);
    body.put("detection", strategy == null ? "HUMAN" : "AUTOMATED");
    body.put("decision", strategy == null ? "HUMAN" : "AUTOMATED");
    body.put("source", "VOLUNTARY");
    body.put("evidenceSnapshotId", "ev-" + content);
    if (strategy != null) {
      body.put("strategyId", strategy);
      body.put("strategyVersion", version);
    }
    return given()
        .auth()
        .oauth2(TestTokens.forUser("platform").roles("service").markets(market).sign())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/violations");
  }

  private static Response file(String token, String measure) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(appeal())
        .post(path(measure));
  }

  private static Response claim(String token, String appealId) {
    return given().auth().oauth2(token).post("/api/v1/appeals/" + appealId + "/claim");
  }

  private static Response decide(String token, String appealId, String outcome) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", outcome, "reason", "reviewed the evidence snapshot"))
        .post("/api/v1/appeals/" + appealId + "/decision");
  }

  private static Map<String, Object> appeal() {
    return Map.of("statement", "The product is genuine; invoices attached to the ticket.");
  }

  private static String path(String measure) {
    return "/api/v1/measures/" + measure + "/appeals";
  }

  private static String holder(String account, String type, String market) {
    return TestTokens.forUser("u-" + account)
        .roles(type.equals("SELLER") ? "seller" : "creator")
        .markets(market)
        .account(account, type)
        .sign();
  }

  private static String staff(String subject, String role, String market) {
    return TestTokens.forUser(subject).roles(role).markets(market).sign();
  }
}
