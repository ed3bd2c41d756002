package com.shopwarden.enforcement.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.shopwarden.enforcement.Db;
import com.shopwarden.enforcement.ViolationApiTest;
import com.shopwarden.testing.CurrentTestDatabase;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chain alone cannot tell a cut tail from a short history; its anchors can. Rows are cut and
 * forged behind the application's back, as a database owner could, and verification catches it.
 */
@QuarkusTest
class AuditAnchorTest {

  private static final String AUDITOR =
      TestTokens.forUser("aud").roles("auditor").markets("ID").sign();

  @Inject AuditAnchoring anchoring;

  @Test
  void cuttingTheNewestEntriesIsCaughtByTheAnchorEvenWhenTheAnchorIsCutOrForged() throws Throwable {
    for (int i = 0; i < 3; i++) {
      report();
    }
    AuditAnchor anchor = VertxContextSupport.subscribeAndAwait(() -> anchoring.anchor());
    long head = Long.parseLong(Db.column("select max(seq) from audit_entry").get(0));
    assertThat(anchor.seq).isEqualTo(head);
    assertThat(anchor.hash)
        .isEqualTo(Db.column("select hash from audit_entry where seq = ?", head).get(0));
    assertThat(anchor.signature).matches("[0-9a-f]{64}");
    // Nothing appended since: a second pass anchors nothing.
    assertThat(VertxContextSupport.subscribeAndAwait(() -> anchoring.anchor())).isNull();
    verify()
        .body("intact", equalTo(true))
        .body("headSeq", equalTo((int) head))
        .body("headHash", equalTo(anchor.hash))
        .body("anchorSeq", equalTo((int) head));
    assertThat(anchoredSeqMetric()).isGreaterThanOrEqualTo(head);

    try (Tamperer owner = new Tamperer()) {
      owner.execute("alter table audit_entry disable trigger audit_entry_no_update");
      owner.execute("alter table audit_anchor disable trigger audit_anchor_no_update");
      owner.execute(
          "create temp table cut_entries as select * from audit_entry where seq > ?", head - 2);
      owner.execute(
          "create temp table cut_anchors as select * from audit_anchor where seq > ?", head - 2);

      // The two newest entries go: what is left still links up, but the anchor names a lost entry.
      owner.execute("delete from audit_entry where seq > ?", head - 2);
      verify()
          .body("intact", equalTo(false))
          .body("firstBrokenSeq", equalTo((int) head - 1))
          .body("problem", containsString("entries from " + (head - 1) + " on are missing"))
          .body("problem", containsString("names entry " + head));

      // Re-pointing the anchor at the new head needs the key the database does not hold.
      owner.execute(
          "update audit_anchor set seq = ?, hash = (select hash from audit_entry where seq = ?)"
              + " where seq = ?",
          head - 2,
          head - 2,
          head);
      verify()
          .body("intact", equalTo(false))
          .body("problem", containsString("does not carry a valid signature"));

      // Removing the anchor instead: this instance still holds it, and so does the auditor's copy.
      owner.execute("delete from audit_anchor where seq >= ?", head - 2);
      verify()
          .body("intact", equalTo(false))
          .body("firstBrokenSeq", equalTo((int) head - 1))
          .body("problem", containsString("held in memory"));
      verify(head, anchor.hash)
          .body("intact", equalTo(false))
          .body("firstBrokenSeq", equalTo((int) head - 1));

      owner.execute("insert into audit_entry select * from cut_entries");
      verify()
          .body("intact", equalTo(false))
          .body("problem", containsString("was removed from the anchor table"));
      owner.execute("insert into audit_anchor select * from cut_anchors");
      verify().body("intact", equalTo(true)).body("anchorSeq", equalTo((int) head));
      verify(head, anchor.hash).body("intact", equalTo(true));
      // An auditor's anchor that the chain does not match.
      verify(head, "f".repeat(64))
          .body("intact", equalTo(false))
          .body("firstBrokenSeq", equalTo((int) head))
          .body("problem", containsString("anchor given by the auditor"));
    }
  }

  @Test
  void externalAnchorComesWithBothFieldsAndOnlyAuditorsVerify() {
    given()
        .auth()
        .oauth2(AUDITOR)
        .queryParam("anchorSeq", 3)
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("anchorHash"));
    given()
        .auth()
        .oauth2(AUDITOR)
        .queryParam("anchorSeq", 3)
        .queryParam("anchorHash", "not-a-hash")
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(containsString("anchorHash")));
    given()
        .auth()
        .oauth2(TestTokens.forUser("pa").roles("policy-admin").markets("ID").sign())
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(403);
    given().get("/api/v1/audit/verification").then().statusCode(401);
  }

  private static ValidatableResponse verify() {
    return given().auth().oauth2(AUDITOR).get("/api/v1/audit/verification").then().statusCode(200);
  }

  private static ValidatableResponse verify(long seq, String hash) {
    return given()
        .auth()
        .oauth2(AUDITOR)
        .queryParam("anchorSeq", seq)
        .queryParam("anchorHash", hash)
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(200);
  }

  private static long anchoredSeqMetric() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile("(?m)^shopwarden_enforcement_audit_anchor_seq(\\{[^}]*\\})? ([0-9.E]+)$")
            .matcher(metrics);
    assertThat(m.find()).as("anchor metric in %s", metrics).isTrue();
    return (long) Double.parseDouble(m.group(2));
  }

  /**
   * A database owner working on the tables directly. It holds the chain's advisory lock the whole
   * time (session level), so the application appends nothing while rows are cut and put back.
   */
  private static final class Tamperer implements AutoCloseable {

    private final Connection connection;

    Tamperer() throws SQLException {
      connection = CurrentTestDatabase.connect();
      execute("select pg_advisory_lock(?)", 0x41554454L);
    }

    void execute(String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        ps.execute();
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        execute("alter table audit_entry enable trigger audit_entry_no_update");
        execute("alter table audit_anchor enable trigger audit_anchor_no_update");
      } finally {
        connection.close();
      }
    }
  }

  private static void report() {
    ViolationApiTest.post(
            ViolationApiTest.service("ID"),
            ViolationApiTest.body("ID", "acct-anchor", "HATE_SPEECH", "LOW", "SHORT_VIDEO"))
        .then()
        .statusCode(201);
  }
}
