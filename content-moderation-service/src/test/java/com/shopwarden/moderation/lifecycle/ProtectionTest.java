package com.shopwarden.moderation.lifecycle;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.label;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.moderation.StrategyRolledBack;
import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Automatic protection in market DE (test settings: recent window 1 h, baseline 24 h before it,
 * spike factor 3, at least 4 matches; overturn ceiling 0.3 over at least 4 actions).
 */
@QuarkusTest
class ProtectionTest {

  private static final String MARKET = "DE";

  @Inject Clock clock;
  @Inject StrategyProtection protection;

  private static String item(String title) {
    Map<String, Object> body = listing(MARKET, "seller-" + UUID.randomUUID(), title);
    body.put("language", "de");
    return submit(body).statusCode(201).extract().path("contentId");
  }

  private static String strategy(String name, String term, String action) {
    return saveStrategy(
            MARKET,
            name,
            "signals.terms.exists(t, t.term == \"" + term + "\")",
            action,
            "PROHIBITED_PRODUCT",
            "HIGH")
        .statusCode(200)
        .extract()
        .path("id");
  }

  @Test
  void aSpikeOrTooManyOverturnsDropTheVersionToShadowAndAnnounceIt() throws Throwable {
    createList(MARKET, "protection-terms", "de").statusCode(201);
    for (String term : List.of("spikonium", "steadium", "overturnium")) {
      addTerm(MARKET, "protection-terms", term, "WHOLE_WORD", "HIGH").statusCode(200);
    }
    String spiky = strategy("spiky", "spikonium", "BLOCK");
    String steady = strategy("steady", "steadium", "REVIEW");
    String appealed = strategy("appealed", "overturnium", "BLOCK");

    // A baseline window that holds only this test's items.
    AdjustableClock time = (AdjustableClock) clock;
    time.advance(Duration.ofHours(25));
    List<String> overturnium = new ArrayList<>();
    item("spikonium Angebot");
    item("steadium eins");
    item("steadium zwei");
    for (int i = 0; i < 4; i++) {
      overturnium.add(item("overturnium " + i));
    }
    for (int i = 0; i < 3; i++) {
      item("nichts " + i);
    }
    // Appeals overturn 2 of its 4 blocks: 0.5 is above the ceiling of 0.3.
    label(overturnium.get(0), "APPEAL", false, null);
    label(overturnium.get(1), "APPEAL", false, null);
    label(overturnium.get(2), "APPEAL", true, "PROHIBITED_PRODUCT");
    label(overturnium.get(3), "APPEAL", true, "PROHIBITED_PRODUCT");

    // Recent window: spiky matches 5 of 6 items (baseline 1 of 10); steady 1 of 6 (2 of 10).
    time.advance(Duration.ofHours(2));
    for (int i = 0; i < 5; i++) {
      item("spikonium " + i);
    }
    item("steadium drei");

    List<StrategyProtection.Dropped> dropped =
        VertxContextSupport.subscribeAndAwait(() -> protection.protect(MARKET));
    assertThat(dropped)
        .containsExactlyInAnyOrder(
            new StrategyProtection.Dropped("spiky", 1, "ACTION_RATE_SPIKE"),
            new StrategyProtection.Dropped("appealed", 1, "OVERTURN_RATE_ABOVE_CEILING"));
    assertThat(VertxContextSupport.subscribeAndAwait(() -> protection.protect(MARKET))).isEmpty();

    assertThat(stage(spiky)).isEqualTo("SHADOW");
    assertThat(stage(appealed)).isEqualTo("SHADOW");
    assertThat(stage(steady)).isEqualTo("ACTIVE");
    // Back in SHADOW it is still measured but no longer acts.
    Map<String, Object> again = listing(MARKET, "seller-" + UUID.randomUUID(), "spikonium neu");
    again.put("language", "de");
    submit(again).statusCode(201).body("verdict", equalTo("ALLOW"));
    assertThat(
            strings(
                "select kind || ':' || changed_by || ':' || reason from strategy_transition"
                    + " where strategy_id = ?::uuid and to_stage = 'SHADOW'",
                spiky))
        .containsExactly("PROTECTION:system:protection:ACTION_RATE_SPIKE");

    ObjectMapper json = new ObjectMapper();
    JsonNode spike = event(json, spiky);
    assertThat(spike.get("reason").asText()).isEqualTo("ACTION_RATE_SPIKE");
    assertThat(spike.get("strategyVersion").asInt()).isEqualTo(1);
    assertThat(spike.get("figures").get("decisions").asLong()).isEqualTo(6);
    JsonNode overturns = event(json, appealed);
    assertThat(overturns.get("reason").asText()).isEqualTo("OVERTURN_RATE_ABOVE_CEILING");
    assertThat(overturns.get("figures").get("decisions").asLong()).isEqualTo(4);
    assertThat(overturns.get("figures").get("overturned").asLong()).isEqualTo(2);
    assertThat(overturns.get("figures").get("overturnRate").asDouble()).isEqualTo(0.5);
    assertThat(overturns.get("figures").get("precision").asDouble()).isEqualTo(0.5);
    assertThat(
            strings(
                "select partition_key from outbox_event where payload like ?", "%" + steady + "%"))
        .isEmpty();
  }

  private static String stage(String strategyId) {
    return strings("select stage from strategy_version where strategy_id = ?::uuid", strategyId)
        .get(0);
  }

  private static JsonNode event(ObjectMapper json, String strategyId) throws Exception {
    List<String> payloads =
        strings(
            "select payload from outbox_event where ce_type = ? and partition_key = ?",
            EventTypes.of(StrategyRolledBack.class).ceType(),
            strategyId);
    assertThat(payloads).hasSize(1);
    return json.readTree(payloads.get(0));
  }
}
