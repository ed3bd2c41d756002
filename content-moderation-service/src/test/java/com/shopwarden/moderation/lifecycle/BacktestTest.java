package com.shopwarden.moderation.lifecycle;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.admin;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.draftStrategy;
import static com.shopwarden.moderation.ModerationFixtures.label;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Backtests in market MY: a DRAFT over stored items of a range, against their labels. */
@QuarkusTest
class BacktestTest {

  private static final String MARKET = "MY";

  @Inject Clock clock;

  private static String item(String title) {
    return submit(listing(MARKET, "seller-" + UUID.randomUUID(), title))
        .statusCode(201)
        .extract()
        .path("contentId");
  }

  private static ValidatableResponse backtest(
      String token, String strategy, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/strategies/{s}/backtests", MARKET, strategy)
        .then();
  }

  @Test
  void aDraftIsRunOverStoredItemsAndComparedWithTheirLabels() {
    createList(MARKET, "backtest-terms", null).statusCode(201);
    addTerm(MARKET, "backtest-terms", "backtium", "WHOLE_WORD", "HIGH").statusCode(200);
    ((AdjustableClock) clock).advance(Duration.ofMinutes(1));
    Instant from = clock.instant();
    // Stored before the strategy exists: all ALLOW.
    String hit1 = item("backtium satu");
    String hit2 = item("backtium dua");
    String hit3 = item("backtium tiga");
    String miss = item("barang lain");
    item("barang biasa");
    label(hit1, "REVIEW", true, "PROHIBITED_PRODUCT");
    label(hit2, "ALLOW_SAMPLE", true, "PROHIBITED_PRODUCT");
    label(hit3, "REVIEW", false, null);
    label(miss, "ALLOW_SAMPLE", true, "PROHIBITED_PRODUCT");
    draftStrategy(
            MARKET,
            "backtested",
            "signals.terms.exists(t, t.list == \"backtest-terms\")",
            "BLOCK",
            "PROHIBITED_PRODUCT",
            "HIGH")
        .statusCode(200);

    Map<String, Object> body = new HashMap<>();
    body.put("from", from.toString());
    body.put("to", from.plusSeconds(1).toString());
    backtest(admin(MARKET), "backtested", body)
        .statusCode(200)
        .body("name", equalTo("backtested"))
        .body("version", equalTo(1))
        .body("stage", equalTo("DRAFT"))
        .body("evaluated", equalTo(5))
        .body("truncated", equalTo(false))
        .body("matched", equalTo(3))
        .body("changed", equalTo(3))
        .body("confusion.truePositives", equalTo(2))
        .body("confusion.falsePositives", equalTo(1))
        .body("confusion.falseNegatives", equalTo(1))
        .body("confusion.trueNegatives", equalTo(0))
        .body("confusion.unlabelled", equalTo(1))
        .body("precision", equalTo(2.0f / 3))
        .body("recall", equalTo(2.0f / 3))
        .body("items.find { it.contentId == '" + hit3 + "' }.matched", equalTo(true))
        .body("items.find { it.contentId == '" + hit3 + "' }.labelledViolation", equalTo(false))
        .body("items.find { it.contentId == '" + hit3 + "' }.storedVerdict", equalTo("ALLOW"))
        .body("items.find { it.contentId == '" + miss + "' }.matched", equalTo(false));

    body.put("limit", 2);
    backtest(admin(MARKET), "backtested", body)
        .statusCode(200)
        .body("evaluated", equalTo(2))
        .body("truncated", equalTo(true))
        .body("items.contentId", equalTo(List.of(hit1, hit2)));

    // A range with nothing in it.
    body.put("from", from.minusSeconds(30).toString());
    body.put("to", from.toString());
    body.remove("limit");
    backtest(admin(MARKET), "backtested", body)
        .statusCode(200)
        .body("evaluated", equalTo(0))
        .body("precision", nullValue());
    // The backtest stored and published nothing: the items keep their decisions.
    assertThat(
            com.shopwarden.moderation.ModerationFixtures.count(
                "select count(*) from strategy_hit where content_id = ?::uuid", hit1))
        .isZero();
  }

  @Test
  void backtestsAreForPolicyAdminsAndBounded() {
    draftStrategy(
            MARKET,
            "backtest-roles",
            "signals.terms.exists(t, t.list == \"backtest-terms\")",
            "BLOCK",
            "PROHIBITED_PRODUCT",
            "HIGH")
        .statusCode(200);
    Map<String, Object> body = new HashMap<>();
    body.put("from", "2026-01-01T00:00:00Z");
    body.put("to", "2026-01-02T00:00:00Z");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/strategies/backtest-roles/backtests", MARKET)
        .then()
        .statusCode(401);
    backtest(token("senior-moderator", MARKET), "backtest-roles", body).statusCode(403);
    backtest(admin("DE"), "backtest-roles", body).statusCode(403);
    body.put("limit", 5000);
    backtest(admin(MARKET), "backtest-roles", body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("limit"));
    body.put("limit", 10);
    body.put("to", "not-a-time");
    backtest(admin(MARKET), "backtest-roles", body)
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
  }
}
