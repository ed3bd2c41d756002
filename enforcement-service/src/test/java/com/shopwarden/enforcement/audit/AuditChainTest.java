package com.shopwarden.enforcement.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import com.shopwarden.enforcement.Db;
import com.shopwarden.enforcement.ViolationApiTest;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The audit chain detects rows edited or deleted behind the application's back. */
@QuarkusTest
class AuditChainTest {

  private static final String AUDITOR =
      TestTokens.forUser("aud").roles("auditor").markets("ID").sign();

  @Test
  void onlyAuditorsVerify() {
    given().get("/api/v1/audit/verification").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.forUser("mo").roles("senior-moderator").markets("ID").sign())
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.forUser("mo").roles("auditor").markets("ID").sign())
        .queryParam("limit", 501)
        .get("/api/v1/audit/entries")
        .then()
        .statusCode(400);
  }

  @Test
  void policiesInForceAreRecordedOncePerVersionAndContent() {
    for (String model :
        java.util.List.of("sea-points@sea-points-2026.1#", "us-rating@", "eu-points@")) {
      org.assertj.core.api.Assertions.assertThat(
              Db.count(
                  "select count(*) from audit_entry where kind = 'POLICY_IN_FORCE'"
                      + " and subject_id like ?",
                  model + "%"))
          .as(model)
          .isEqualTo(1);
    }
    given()
        .auth()
        .oauth2(TestTokens.forUser("pa").roles("policy-admin").markets("ID").sign())
        .get("/api/v1/policies/ID")
        .then()
        .statusCode(200)
        .body("version", equalTo("sea-points-2026.1"))
        .body("violations.COUNTERFEIT.severities.HIGH.points", equalTo(24));
    given()
        .auth()
        .oauth2(TestTokens.forUser("pa").roles("policy-admin").markets("ID").sign())
        .get("/api/v1/policies/US")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(
            TestTokens.forUser("c").roles("creator").markets("ID").account("c1", "CREATOR").sign())
        .get("/api/v1/policies/ID")
        .then()
        .statusCode(403);
    given().get("/api/v1/policies/ID").then().statusCode(401);
  }

  @Test
  void editedAndDeletedRowsAreDetected() {
    for (int i = 0; i < 3; i++) {
      report();
    }
    verify().body("intact", equalTo(true)).body("entries", greaterThan(2));
    long seq =
        Long.parseLong(
            Db.column(
                    "select min(seq) from audit_entry where kind = 'MEASURE_APPLIED'"
                        + " and details like '%\"accountId\":\"acct-audit\"%'")
                .get(0));
    given()
        .auth()
        .oauth2(AUDITOR)
        .queryParam("after", seq - 1)
        .queryParam("limit", 1)
        .get("/api/v1/audit/entries")
        .then()
        .statusCode(200)
        .body("entries[0].seq", equalTo((int) seq))
        .body("entries[0].kind", equalTo("MEASURE_APPLIED"))
        .body("nextAfter", equalTo((int) seq));
    // An auditor of another market reads past the entry without seeing it.
    given()
        .auth()
        .oauth2(TestTokens.forUser("aud2").roles("auditor").markets("US").sign())
        .queryParam("after", seq - 1)
        .queryParam("limit", 1)
        .get("/api/v1/audit/entries")
        .then()
        .statusCode(200)
        .body("entries", org.hamcrest.Matchers.empty())
        .body("nextAfter", equalTo((int) seq));

    // The database refuses changes through the normal path.
    assertThatThrownBy(
            () -> Db.execute("update audit_entry set actor = 'someone' where seq = ?", seq))
        .hasMessageContaining("append-only");

    // An owner who disables the trigger is still caught.
    Db.execute("alter table audit_entry disable trigger audit_entry_no_update");
    try {
      String original = Db.column("select details from audit_entry where seq = ?", seq).get(0);
      Db.execute(
          "update audit_entry set details = replace(details, 'REMOVE_CONTENT', 'WARNING')"
              + " where seq = ?",
          seq);
      verify()
          .body("intact", equalTo(false))
          .body("firstBrokenSeq", equalTo((int) seq))
          .body("problem", containsString("changed"));
      Db.execute("update audit_entry set details = ? where seq = ?", original, seq);
      verify().body("intact", equalTo(true));

      Db.execute("create table audit_tamper_copy as select * from audit_entry where seq = ?", seq);
      Db.execute("delete from audit_entry where seq = ?", seq);
      verify()
          .body("intact", equalTo(false))
          .body("firstBrokenSeq", equalTo((int) seq))
          .body("problem", containsString("missing"));
      Db.execute("insert into audit_entry select * from audit_tamper_copy");
      Db.execute("drop table audit_tamper_copy");
      verify().body("intact", equalTo(true));
    } finally {
      Db.execute("alter table audit_entry enable trigger audit_entry_no_update");
    }
  }

  private static ValidatableResponse verify() {
    return given().auth().oauth2(AUDITOR).get("/api/v1/audit/verification").then().statusCode(200);
  }

  private static void report() {
    ViolationApiTest.post(
            ViolationApiTest.service("ID"),
            ViolationApiTest.body("ID", "acct-audit", "IP_INFRINGEMENT", "LOW", "SHORT_VIDEO"))
        .then()
        .statusCode(201);
  }
}
