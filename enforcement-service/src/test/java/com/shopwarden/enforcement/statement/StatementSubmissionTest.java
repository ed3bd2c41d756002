package com.shopwarden.enforcement.statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.enforcement.StatementInvalid;
import com.shopwarden.enforcement.Db;
import com.shopwarden.enforcement.TestEvents;
import com.shopwarden.testing.AdjustableClock;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Filing statements with a local Transparency Database stub: batches, 429, duplicates, refusals.
 */
@QuarkusTest
class StatementSubmissionTest {

  @Inject StatementSubmitter submitter;
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
  void pendingStatementsAreFiledInBatchesDuplicatesCountAsFiledAndRefusalsAreAlerted()
      throws Exception {
    List<String> puids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      puids.add(dePuid());
    }
    // A statement the database refuses (a category retired on 2025-07-01) though ours passed it.
    String usMeasure = usMeasure();
    String refusedId = UUID.randomUUID().toString();
    String body =
        Db.column("select body from statement_of_reasons where puid = ?", puids.get(0)).get(0);
    Db.execute(
        "insert into statement_of_reasons (id, measure_id, puid, market, status, body, created_at)"
            + " values (?::uuid, ?::uuid, ?, 'DE', 'VALID', ?, now())",
        refusedId,
        usMeasure,
        "sw-" + usMeasure,
        body.replace("\"puid\":\"" + puids.get(0) + "\"", "\"puid\":\"sw-" + usMeasure + "\"")
            .replaceAll(
                "\"category\":\"[A-Z_]+\"",
                "\"category\":\"STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS\""));

    try (TransparencyDatabaseStub stub = new TransparencyDatabaseStub()) {
      TransparencyDatabaseClient client =
          new TransparencyDatabaseClient(stub.uri(), "test-token", Duration.ofSeconds(10));
      // Filed earlier, but the answer was lost.
      stub.stored.add(puids.get(1));
      stub.rateLimitNext.set(true);

      StatementSubmitter.Report limited = submitter.submitPending(client, 2);
      assertThat(limited.backedOff()).isTrue();
      assertThat(submitter.submitPending(client, 2))
          .isEqualTo(new StatementSubmitter.Report(0, 0, true));
      assertThat(stub.batchSizes).isEmpty();
      assertThat(status(puids.get(0))).isEqualTo("VALID");

      ((AdjustableClock) clock).advance(Duration.ofSeconds(2));
      int rejected = 0;
      for (int pass = 0; pass < 200; pass++) {
        StatementSubmitter.Report report = submitter.submitPending(client, 2);
        rejected += report.rejected();
        if (report.submitted() + report.rejected() == 0) {
          break;
        }
      }
      assertThat(rejected).isGreaterThanOrEqualTo(1);
      assertThat(stub.batchSizes).isNotEmpty().allSatisfy(size -> assertThat(size).isBetween(1, 2));
      for (String puid : puids) {
        assertThat(status(puid)).as(puid).isEqualTo("SUBMITTED");
        assertThat(stub.stored).contains(puid);
      }
      assertThat(status("sw-" + usMeasure)).isEqualTo("INVALID");
      assertThat(stub.stored).doesNotContain("sw-" + usMeasure);
      assertThat(Db.count("select count(*) from statement_of_reasons where status = 'VALID'"))
          .isZero();
    }
    List<StatementInvalid> alerts =
        TestEvents.published(StatementInvalid.class, a -> a.actionId().equals(usMeasure), 1);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).failedFields().get(0).problem()).contains("category");
  }

  @Test
  void batchesHoldAtMostOneHundredAndServerErrorsBackOffDoubling() throws Exception {
    // Past any back-off an earlier test left behind.
    ((AdjustableClock) clock).advance(Duration.ofHours(1));
    String template = dePuid();
    String body =
        Db.column("select body from statement_of_reasons where puid = ?", template).get(0);
    String account = "bulk-" + UUID.randomUUID();
    Db.execute(
        "insert into measure (id, market, account_id, account_type, type, state, starts_at,"
            + " points, violation_keys, decided_by, trigger_kind, trigger_key, policy_version)"
            + " select gen_random_uuid(), 'DE', ?, 'SELLER', 'REMOVE_CONTENT', 'APPLIED', now(),"
            + " 0, '[]', 'HUMAN', 'VIOLATION', 'bulk:' || gen_random_uuid(), 'eu-points-2026.1'"
            + " from generate_series(1, 120)",
        account);
    Db.execute(
        "insert into statement_of_reasons (id, measure_id, puid, market, status, body, created_at)"
            + " select gen_random_uuid(), m.id, 'sw-' || m.id, 'DE', 'VALID',"
            + " replace(?, ?, 'sw-' || m.id), now() from measure m where m.account_id = ?",
        body,
        template,
        account);
    assertThat(Db.count("select count(*) from statement_of_reasons where status = 'VALID'"))
        .isGreaterThanOrEqualTo(121);

    try (TransparencyDatabaseStub stub = new TransparencyDatabaseStub()) {
      TransparencyDatabaseClient client =
          new TransparencyDatabaseClient(stub.uri(), "test-token", Duration.ofSeconds(10));
      stub.failNext.set(2);
      assertThat(submitter.submitPending(client, 500).backedOff()).isTrue();
      // Still backing off: nothing is sent.
      assertThat(submitter.submitPending(client, 500))
          .isEqualTo(new StatementSubmitter.Report(0, 0, true));
      assertThat(stub.requests.get()).isEqualTo(1);
      int seconds = 0;
      StatementSubmitter.Report report;
      do {
        ((AdjustableClock) clock).advance(Duration.ofSeconds(1));
        seconds++;
        report = submitter.submitPending(client, 500);
      } while (report.submitted() == 0 && seconds < 60);
      // 1 s after the first failure, then 2 s after the second: the wait doubled.
      assertThat(stub.requests.get()).isEqualTo(3);
      assertThat(seconds).isGreaterThanOrEqualTo(3);
      assertThat(report.submitted()).isEqualTo(100);
      do {
        report = submitter.submitPending(client, 500);
      } while (report.submitted() + report.rejected() > 0);
      assertThat(stub.batchSizes.get(0)).isEqualTo(100);
      assertThat(stub.batchSizes).allSatisfy(size -> assertThat(size).isBetween(1, 100));
      assertThat(Db.count("select count(*) from statement_of_reasons where status = 'VALID'"))
          .isZero();
      assertThat(
              Db.count(
                  "select count(*) from statement_of_reasons s join measure m"
                      + " on m.id = s.measure_id where m.account_id = ? and s.status = 'SUBMITTED'",
                  account))
          .isEqualTo(120);
    }
  }

  private static String status(String puid) {
    return Db.column("select status from statement_of_reasons where puid = ?", puid).get(0);
  }

  private static String dePuid() {
    return report("DE", "HATE_SPEECH").get("statementPuid").toString();
  }

  private static String usMeasure() {
    return report("US", "HATE_SPEECH").get("id").toString();
  }

  private static Map<String, Object> report(String market, String policy) {
    String content = "c-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>();
    body.put("market", market);
    body.put("violationKey", "platform:" + content + ":1:" + policy);
    body.put("accountId", "seller-" + UUID.randomUUID());
    body.put("accountType", "SELLER");
    body.put("contentId", content);
    body.put("contentVersion", 1);
    body.put("contentKind", "IMAGE");
    body.put("contentDate", "2026-01-10");
    body.put("policyCode", policy);
    body.put("severity", "LOW");
    body.put("detection", "HUMAN");
    body.put("decision", "HUMAN");
    body.put("source", "VOLUNTARY");
    body.put("evidenceSnapshotId", "ev-" + content);
    List<Map<String, Object>> measures =
        given()
            .auth()
            .oauth2(TestTokens.forUser("platform").roles("service").markets(market).sign())
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/violations")
            .then()
            .statusCode(201)
            .extract()
            .path("measures");
    return measures.get(0);
  }
}
