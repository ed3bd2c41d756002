package com.shopwarden.moderation.lifecycle;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.draftStrategy;
import static com.shopwarden.moderation.ModerationFixtures.label;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.moderation.strategy.ContentBucket;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CANARY and SHADOW sampling in market ID (test settings: canary on 50% of items, SHADOW hits of
 * 50% of items sampled for labelling), each decided by a stable hash of the item's identity: the
 * test computes the expected bucket of each item and checks the service did the same.
 */
@QuarkusTest
class CanaryAndShadowSampleTest {

  private static final String MARKET = "ID";

  private static Map<String, Object> item(String title) {
    Map<String, Object> body = listing(MARKET, "seller-" + UUID.randomUUID(), title);
    body.put("language", "id");
    return body;
  }

  @Test
  void aSampleOfShadowHitsGoesToLabelling() {
    createList(MARKET, "sample-terms", null).statusCode(201);
    addTerm(MARKET, "sample-terms", "samplium", "WHOLE_WORD", "HIGH").statusCode(200);
    String id =
        draftStrategy(
                MARKET,
                "sampled",
                "signals.terms.exists(t, t.list == \"sample-terms\")",
                "BLOCK",
                "PROHIBITED_PRODUCT",
                "HIGH")
            .statusCode(200)
            .extract()
            .path("id");
    transition(MARKET, "sampled", 1, "SHADOW", "measure").statusCode(200);
    int expectedSamples = 0;
    for (int i = 0; i < 16; i++) {
      Map<String, Object> body = item("samplium " + i);
      String contentId = submit(body).statusCode(201).extract().path("contentId");
      boolean sampled =
          ContentBucket.shadowSampled("shop-web", (String) body.get("externalId"), 0.5);
      expectedSamples += sampled ? 1 : 0;
      assertThat(
              strings(
                  "select purpose || ':' || strategy_id || ':' || strategy_version from"
                      + " review_task where content_id = ?::uuid",
                  contentId))
          .as("item %s sampled=%s", body.get("externalId"), sampled)
          .isEqualTo(sampled ? List.of("SHADOW_SAMPLE:" + id + ":1") : List.of());
    }
    assertThat(expectedSamples).isBetween(1, 15);
    // A clean item has no SHADOW hit and is never sampled.
    String clean = submit(item("barang biasa")).statusCode(201).extract().path("contentId");
    assertThat(count("select count(*) from review_task where content_id = ?::uuid", clean))
        .isZero();
  }

  @Test
  void aCanaryActsOnItsShareAndItsActiveVersionOnTheRest() {
    createList(MARKET, "canary-terms", null).statusCode(201);
    addTerm(MARKET, "canary-terms", "canarium", "WHOLE_WORD", "HIGH").statusCode(200);
    String expression = "signals.terms.exists(t, t.list == \"canary-terms\")";
    String id =
        saveStrategy(MARKET, "canaried", expression, "REVIEW", "PROHIBITED_PRODUCT", "MEDIUM")
            .statusCode(200)
            .extract()
            .path("id");
    draftStrategy(MARKET, "canaried", expression, "BLOCK", "PROHIBITED_PRODUCT", "HIGH")
        .statusCode(200);
    transition(MARKET, "canaried", 2, "SHADOW", "measure v2").statusCode(200);
    // v1 sends these to review, where people label them; v2's SHADOW hits count those labels.
    for (int i = 0; i < 3; i++) {
      JsonPath decision = submit(item("canarium " + i)).statusCode(201).extract().jsonPath();
      assertThat(decision.getString("verdict")).isEqualTo("REVIEW");
      label(decision.getString("contentId"), "REVIEW", true, "PROHIBITED_PRODUCT");
    }
    transition(MARKET, "canaried", 2, "CANARY", "3 of 3 upheld").statusCode(200);

    int inCanary = 0;
    for (int i = 0; i < 16; i++) {
      Map<String, Object> body = item("canarium lagi " + i);
      boolean canary = ContentBucket.canary("shop-web", (String) body.get("externalId")) < 5000;
      inCanary += canary ? 1 : 0;
      JsonPath decision = submit(body).statusCode(201).extract().jsonPath();
      assertThat(decision.getString("verdict")).isEqualTo(canary ? "BLOCK" : "REVIEW");
      assertThat(decision.getInt("decidedBy.version")).isEqualTo(canary ? 2 : 1);
      assertThat(decision.getString("decidedBy.stage")).isEqualTo(canary ? "CANARY" : "ACTIVE");
      assertThat(
              strings(
                  "select strategy_version || ':' || stage || ':' || acting from strategy_hit"
                      + " where content_id = ?::uuid order by strategy_version",
                  decision.getString("contentId")))
          .containsExactly("1:ACTIVE:" + !canary, "2:CANARY:" + canary);
    }
    assertThat(inCanary).isBetween(1, 15);

    // Promoted, v2 acts everywhere and v1 retires.
    transition(MARKET, "canaried", 2, "ACTIVE", "canary clean").statusCode(200);
    assertThat(
            strings(
                "select stage from strategy_version where strategy_id = ?::uuid order by version",
                id))
        .containsExactly("RETIRED", "ACTIVE");
    submit(item("canarium akhir"))
        .statusCode(201)
        .body("verdict", org.hamcrest.Matchers.equalTo("BLOCK"));
  }
}
