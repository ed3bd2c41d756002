package com.shopwarden.health;

import static com.shopwarden.health.Published.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.CloudEventAttributes;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.commerce.CommerceSignal;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import com.shopwarden.testing.TestKafka;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Commerce counts from batches and events, and their rolling windows. */
@QuarkusTest
class SignalsTest {

  @Inject Clock clock;

  private static String platform(String... markets) {
    return TestTokens.forUser("orders-platform").roles("service").markets(markets).sign();
  }

  private Map<String, Object> row(
      String market, String account, String kind, long count, Duration endedAgo) {
    Instant end = clock.instant().minus(endedAgo);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("market", market);
    row.put("accountId", account);
    row.put("accountType", "SELLER");
    row.put("kind", kind);
    row.put("count", count);
    row.put("periodStart", end.minus(Duration.ofDays(1)).toString());
    row.put("periodEnd", end.toString());
    return row;
  }

  private static Map<String, Object> batch(List<Map<String, Object>> rows) {
    return Map.of("signals", rows);
  }

  @Test
  void aBatchIsStoredAndReadOverRollingWindows() {
    String account = "acct-" + UUID.randomUUID();
    List<Map<String, Object>> rows =
        List.of(
            row("ID", account, "ORDER", 100, Duration.ofDays(2)),
            row("ID", account, "REFUND", 5, Duration.ofDays(2)),
            row("ID", account, "ORDER", 200, Duration.ofDays(20)),
            row("ID", account, "RETURN", 10, Duration.ofDays(20)),
            row("ID", account, "ORDER", 100, Duration.ofDays(60)),
            row("ID", account, "COMPLAINT", 3, Duration.ofDays(60)));
    for (int attempt = 0; attempt < 2; attempt++) {
      // The retry of the same batch replaces the same periods' counts.
      given()
          .auth()
          .oauth2(platform("*"))
          .contentType(ContentType.JSON)
          .body(batch(rows))
          .post("/api/v1/signals")
          .then()
          .statusCode(200)
          .body("stored", equalTo(6));
    }
    assertThat(count("select count(*) from commerce_signal where account_id = ?", account))
        .isEqualTo(6);

    given()
        .auth()
        .oauth2(TestTokens.forUser("s").roles("seller").account(account, "SELLER").sign())
        .queryParam("market", "ID")
        .get("/api/v1/accounts/{id}/signals", account)
        .then()
        .statusCode(200)
        .body("windows[0].window", equalTo("PT168H"))
        .body("windows[0].counts.ORDER", equalTo(100))
        .body("windows[0].counts.REFUND", equalTo(5))
        .body("windows[0].rates.REFUND", equalTo(0.05f))
        .body("windows[1].counts.ORDER", equalTo(300))
        .body("windows[1].rates.RETURN", equalTo(0.0333f))
        .body("windows[2].counts.ORDER", equalTo(400))
        .body("windows[2].counts.COMPLAINT", equalTo(3))
        .body("windows[2].rates.COMPLAINT", equalTo(0.0075f))
        .body("windows[2].rates.CHARGEBACK", equalTo(0.0f));
  }

  @Test
  void aBadRowRejectsTheWholeBatchNamingTheRow() {
    String account = "acct-" + UUID.randomUUID();
    List<Map<String, Object>> negative =
        List.of(
            row("ID", account, "ORDER", 10, Duration.ofDays(1)),
            row("ID", account, "REFUND", 1, Duration.ofDays(1)),
            row("ID", account, "RETURN", -1, Duration.ofDays(1)));
    given()
        .auth()
        .oauth2(platform("*"))
        .contentType(ContentType.JSON)
        .body(batch(negative))
        .post("/api/v1/signals")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("row", equalTo(2))
        .body("errors[0].field", equalTo("signals[2].count"));

    List<Map<String, Object>> future =
        List.of(
            row("ID", account, "ORDER", 10, Duration.ofDays(1)),
            row("ID", account, "ORDER", 10, Duration.ofDays(-1)));
    given()
        .auth()
        .oauth2(platform("*"))
        .contentType(ContentType.JSON)
        .body(batch(future))
        .post("/api/v1/signals")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("signals[1].periodEnd"));

    List<Map<String, Object>> unknownMarket =
        List.of(
            row("ID", account, "ORDER", 10, Duration.ofDays(1)),
            row("XX", account, "ORDER", 10, Duration.ofDays(1)));
    given()
        .auth()
        .oauth2(platform("*"))
        .contentType(ContentType.JSON)
        .body(batch(unknownMarket))
        .post("/api/v1/signals")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("signals[1].market"));
    assertThat(count("select count(*) from commerce_signal where account_id = ?", account))
        .isZero();
  }

  @Test
  void oversizedBatchesRolesAndMarketScopeAreRefused() {
    String account = "acct-" + UUID.randomUUID();
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      tooMany.add(row("ID", account, "ORDER", 1, Duration.ofDays(1 + i % 20)));
    }
    given()
        .auth()
        .oauth2(platform("*"))
        .contentType(ContentType.JSON)
        .body(batch(tooMany))
        .post("/api/v1/signals")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("signals"));
    List<Map<String, Object>> one = List.of(row("MY", account, "ORDER", 1, Duration.ofDays(1)));
    given()
        .auth()
        .oauth2(platform("ID"))
        .contentType(ContentType.JSON)
        .body(batch(one))
        .post("/api/v1/signals")
        .then()
        .statusCode(403)
        .body("row", equalTo(0));
    given()
        .auth()
        .oauth2(TestTokens.forUser("s").roles("seller").account(account, "SELLER").sign())
        .contentType(ContentType.JSON)
        .body(batch(one))
        .post("/api/v1/signals")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(batch(one))
        .post("/api/v1/signals")
        .then()
        .statusCode(401);
    assertThat(count("select count(*) from commerce_signal where account_id = ?", account))
        .isZero();
  }

  @Test
  void signalsArriveAsEventsToo() {
    String account = "acct-" + UUID.randomUUID();
    Instant end = clock.instant().minus(Duration.ofHours(1));
    CommerceSignal signal =
        new CommerceSignal(
            UUID.randomUUID(),
            "MY",
            end,
            account,
            AccountType.SELLER,
            CommerceSignalKind.LATE_DISPATCH,
            7,
            new TimeWindow(end.minus(Duration.ofDays(1)), end));
    TestKafka.send(
        Topics.COMMERCE_SIGNALS,
        account,
        new EventJson().write(signal),
        CloudEventAttributes.of(signal, "/test").toHeaders());
    await()
        .atMost(Published.WAIT)
        .until(
            () ->
                count(
                        "select count(*) from commerce_signal where account_id = ? and kind ="
                            + " 'LATE_DISPATCH' and count = 7",
                        account)
                    == 1);
    given()
        .auth()
        .oauth2(TestTokens.forUser("inv").roles("investigator").markets("MY").sign())
        .queryParam("market", "MY")
        .get("/api/v1/accounts/{id}/signals", account)
        .then()
        .statusCode(200)
        .body("windows[0].counts.LATE_DISPATCH", equalTo(7));
  }
}
