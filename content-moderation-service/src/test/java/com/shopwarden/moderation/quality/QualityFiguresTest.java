package com.shopwarden.moderation.quality;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.admin;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.label;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Quality figures from a known set of outcomes in market US, in a window that holds only this
 * test's items (the clock is moved past every earlier item first).
 *
 * <pre>
 * item  text     verdict (by)          latest label
 * b1    qualium  BLOCK  (q-block)      APPEAL upheld  (violation)
 * b2    qualium  BLOCK  (q-block)      APPEAL overturned
 * b3    qualium  BLOCK  (q-block)      QA violation
 * b4    qualium  BLOCK  (q-block)      -
 * r1    qualrev  REVIEW (q-review)     REVIEW violation
 * r2    qualrev  REVIEW (q-review)     REVIEW no violation
 * a1    clean    ALLOW                 ALLOW_SAMPLE violation (missed)
 * a2    clean    ALLOW                 ALLOW_SAMPLE no violation
 * a3    bank hit ALLOW                 REVIEW violation
 * </pre>
 */
@QuarkusTest
class QualityFiguresTest {

  private static final String MARKET = "US";
  private static final String POLICY = "PROHIBITED_PRODUCT";

  @Inject Clock clock;
  @Inject QualityGauges gauges;

  private static String item(String title) {
    return submit(listing(MARKET, "seller-" + UUID.randomUUID(), title))
        .statusCode(201)
        .extract()
        .path("contentId");
  }

  private JsonPath get(String path, Instant from, Instant to) {
    return given()
        .auth()
        .oauth2(token("senior-moderator", MARKET))
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get("/api/v1/markets/{m}/quality" + path, MARKET)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void figuresFromAKnownSetOfOutcomes() throws Throwable {
    createList(MARKET, "quality-terms", "en").statusCode(201);
    addTerm(MARKET, "quality-terms", "qualium", "WHOLE_WORD", "HIGH").statusCode(200);
    addTerm(MARKET, "quality-terms", "qualrev", "WHOLE_WORD", "MEDIUM").statusCode(200);
    saveStrategy(
            MARKET,
            "q-block",
            "signals.terms.exists(t, t.term == \"qualium\")",
            "BLOCK",
            POLICY,
            "HIGH")
        .statusCode(200);
    saveStrategy(
            MARKET,
            "q-review",
            "signals.terms.exists(t, t.term == \"qualrev\")",
            "REVIEW",
            POLICY,
            "MEDIUM")
        .statusCode(200);
    String hash = "f".repeat(32) + "0".repeat(32);
    given()
        .auth()
        .oauth2(admin(MARKET))
        .contentType(ContentType.JSON)
        .body(Map.of("name", "quality-bank", "kind", "PROHIBITED_ITEM"))
        .post("/api/v1/markets/{m}/hash-banks", MARKET)
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(admin(MARKET))
        .contentType(ContentType.JSON)
        .body(Map.of("hash", hash, "quality", 100, "label", "known item"))
        .post("/api/v1/markets/{m}/hash-banks/quality-bank/entries", MARKET)
        .then()
        .statusCode(200);

    ((AdjustableClock) clock).advance(Duration.ofMinutes(1));
    Instant from = clock.instant();
    Instant to = from.plusSeconds(1);
    String b1 = item("qualium one");
    String b2 = item("qualium two");
    String b3 = item("qualium three");
    item("qualium four");
    String r1 = item("qualrev one");
    String r2 = item("qualrev two");
    String a1 = item("plain one");
    String a2 = item("plain two");
    Map<String, Object> hashed = listing(MARKET, "seller-" + UUID.randomUUID(), "plain three");
    hashed.put("pdqHashes", List.of(hash));
    String a3 = submit(hashed).statusCode(201).extract().path("contentId");
    label(b1, "APPEAL", true, POLICY);
    label(b2, "APPEAL", false, null);
    label(b3, "QA", true, POLICY);
    label(r1, "REVIEW", true, POLICY);
    label(r2, "REVIEW", false, null);
    label(a1, "ALLOW_SAMPLE", true, POLICY);
    label(a2, "ALLOW_SAMPLE", false, null);
    label(a3, "REVIEW", true, "OTHER_POLICY");

    // Known violations of the window: b1, b3, r1, a1 of PROHIBITED_PRODUCT, a3 of another policy.
    JsonPath strategies = get("/strategies", from, to);
    Map<String, Object> block = strategies.getMap("items.find { it.name == 'q-block' }.figures");
    assertThat(block)
        .containsEntry("volume", 4)
        .containsEntry("acted", 4)
        .containsEntry("labelled", 3)
        .containsEntry("upheld", 2)
        .containsEntry("precision", 2.0f / 3)
        .containsEntry("overturned", 1)
        .containsEntry("overturnRate", 0.25f)
        .containsEntry("knownViolations", 4)
        .containsEntry("caught", 2)
        .containsEntry("recall", 0.5f);
    Map<String, Object> review = get("/strategies/q-review", from, to).getMap("items[0].figures");
    assertThat(review)
        .containsEntry("volume", 2)
        .containsEntry("acted", 2)
        .containsEntry("labelled", 2)
        .containsEntry("upheld", 1)
        .containsEntry("precision", 0.5f)
        .containsEntry("overturned", 0)
        .containsEntry("overturnRate", 0.0f)
        .containsEntry("knownViolations", 4)
        .containsEntry("caught", 1)
        .containsEntry("recall", 0.25f);

    Map<String, Object> list =
        get("/term-lists/quality-terms", from, to).getMap("items[0].figures");
    assertThat(list)
        .containsEntry("volume", 6)
        .containsEntry("acted", 6)
        .containsEntry("labelled", 5)
        .containsEntry("upheld", 3)
        .containsEntry("precision", 0.6f)
        .containsEntry("overturned", 1)
        .containsEntry("knownViolations", 5)
        .containsEntry("caught", 3)
        .containsEntry("recall", 0.6f);
    Map<String, Object> bank = get("/hash-banks/quality-bank", from, to).getMap("items[0].figures");
    assertThat(bank)
        .containsEntry("volume", 1)
        .containsEntry("acted", 0)
        .containsEntry("labelled", 1)
        .containsEntry("upheld", 1)
        .containsEntry("precision", 1.0f)
        .containsEntry("overturnRate", null)
        .containsEntry("caught", 1);
    assertThat(get("/hash-banks", from, to).getList("items.name")).containsExactly("quality-bank");

    Map<String, Object> market = get("", from, to).getMap("figures");
    assertThat(market)
        .containsEntry("volume", 9)
        .containsEntry("acted", 6)
        .containsEntry("labelled", 5)
        .containsEntry("upheld", 3)
        .containsEntry("precision", 0.6f)
        .containsEntry("overturned", 1)
        .containsEntry("knownViolations", 5)
        .containsEntry("caught", 3)
        .containsEntry("recall", 0.6f);

    // Outside the window nothing counts.
    assertThat(get("/strategies/q-block", to, to.plusSeconds(60)).getInt("items[0].figures.volume"))
        .isZero();

    // The same figures (over the last 30 days) as Prometheus gauges.
    assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> gauges.refresh())).isPositive();
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains(
            "shopwarden_strategy_precision{market=\"US\",stage=\"ACTIVE\",strategy=\"q-block\","
                + "version=\"1\"} 0.6666666666666666")
        .contains(
            "shopwarden_strategy_overturn_rate{market=\"US\",stage=\"ACTIVE\","
                + "strategy=\"q-block\",version=\"1\"} 0.25");
  }

  @Test
  void qualityIsReadByPolicyAdminsSeniorModeratorsAndAuditorsOfTheMarket() {
    for (String role : List.of("policy-admin", "senior-moderator", "auditor")) {
      given()
          .auth()
          .oauth2(token(role, MARKET))
          .get("/api/v1/markets/{m}/quality/strategies", MARKET)
          .then()
          .statusCode(200)
          .body("market", equalTo(MARKET));
    }
    given().get("/api/v1/markets/{m}/quality/term-lists", MARKET).then().statusCode(401);
    given()
        .auth()
        .oauth2(token("moderator", MARKET))
        .get("/api/v1/markets/{m}/quality/hash-banks", MARKET)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("auditor", "DE"))
        .get("/api/v1/markets/{m}/quality", MARKET)
        .then()
        .statusCode(403);
  }

  @Test
  void aBadWindowIsRefusedNamingTheField() {
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .queryParam("from", "2026-03-02T00:00:00Z")
        .queryParam("to", "2026-03-01T00:00:00Z")
        .get("/api/v1/markets/{m}/quality/strategies", MARKET)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("from"));
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .queryParam("to", "yesterday")
        .get("/api/v1/markets/{m}/quality", MARKET)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .queryParam("from", "2024-01-01T00:00:00Z")
        .queryParam("to", "2026-01-01T00:00:00Z")
        .get("/api/v1/markets/{m}/quality", MARKET)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .auth()
        .oauth2(token("auditor", MARKET))
        .get("/api/v1/markets/{m}/quality/strategies/no-such-strategy", MARKET)
        .then()
        .statusCode(404);
  }
}
