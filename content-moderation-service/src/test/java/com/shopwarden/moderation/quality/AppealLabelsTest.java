package com.shopwarden.moderation.quality;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.send;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.CloudEventAttributes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.enforcement.AppealDecided;
import com.shopwarden.contracts.enforcement.AppealOutcome;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code AppealDecided} becomes APPEAL labels of the blocked items, once, in market ID. */
@QuarkusTest
class AppealLabelsTest {

  private static final String MARKET = "ID";
  private static boolean ready;

  @BeforeEach
  void strategy() {
    if (ready) {
      return;
    }
    createList(MARKET, "appeal-terms", null).statusCode(201);
    addTerm(MARKET, "appeal-terms", "apelium", "WHOLE_WORD", "HIGH").statusCode(200);
    saveStrategy(
            MARKET,
            "appeal-block",
            "signals.terms.exists(t, t.list == \"appeal-terms\")",
            "BLOCK",
            "PROHIBITED_PRODUCT",
            "HIGH")
        .statusCode(200);
    ready = true;
  }

  /** A blocked listing and its violation key. */
  private record Blocked(String contentId, String seller, String violationKey, String strategyId) {}

  private static Blocked block() {
    String seller = "seller-" + UUID.randomUUID();
    Map<String, Object> body = listing(MARKET, seller, "apelium murah");
    body.put("language", "id");
    var decision = submit(body).statusCode(201).extract().jsonPath();
    assertThat(decision.getString("verdict")).isEqualTo("BLOCK");
    String key = "moderation/shop-web/" + body.get("externalId") + "/v1/PROHIBITED_PRODUCT/SELLER";
    return new Blocked(
        decision.getString("contentId"), seller, key, decision.getString("decidedBy.id"));
  }

  private static AppealDecided appeal(Blocked b, String appealId, AppealOutcome outcome) {
    return new AppealDecided(
        UUID.randomUUID(),
        MARKET,
        Instant.now(),
        appealId,
        "action-" + appealId,
        List.of(b.violationKey(), "ipr/notice-1/" + b.contentId()),
        b.seller(),
        AccountType.SELLER,
        outcome,
        b.strategyId(),
        1);
  }

  private static void awaitLabels(String contentId, long expected) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                count(
                        "select count(*) from moderation_label where content_id = ?::uuid"
                            + " and source = 'APPEAL'",
                        contentId)
                    == expected);
  }

  @Test
  void anOverturnedAppealLabelsTheItemNotViolatingAndAnUpheldOneViolating() {
    Blocked overturned = block();
    Blocked upheld = block();
    send(appeal(overturned, "appeal-" + UUID.randomUUID(), AppealOutcome.OVERTURNED));
    send(appeal(upheld, "appeal-" + UUID.randomUUID(), AppealOutcome.UPHELD));
    awaitLabels(overturned.contentId(), 1);
    awaitLabels(upheld.contentId(), 1);
    assertThat(
            strings(
                "select violation || ':' || coalesce(policy_code, '-') || ':' || market from"
                    + " moderation_label where content_id = ?::uuid",
                overturned.contentId()))
        .containsExactly("false:PROHIBITED_PRODUCT:ID");
    assertThat(
            strings(
                "select violation::text from moderation_label where content_id = ?::uuid",
                upheld.contentId()))
        .containsExactly("true");
  }

  @Test
  void aRedeliveredOrResentOutcomeLabelsOnce() {
    Blocked b = block();
    String appealId = "appeal-" + UUID.randomUUID();
    AppealDecided first = appeal(b, appealId, AppealOutcome.OVERTURNED);
    send(first);
    send(first);
    // Enforcement sending the same appeal's outcome again under a new event id.
    send(appeal(b, appealId, AppealOutcome.OVERTURNED));
    // A later, different appeal still counts.
    Blocked marker = block();
    send(appeal(marker, "appeal-" + UUID.randomUUID(), AppealOutcome.UPHELD));
    awaitLabels(marker.contentId(), 1);
    awaitLabels(b.contentId(), 1);
    assertThat(
            count(
                "select count(*) from processed_event where consumer ="
                    + " 'content-moderation.appeal-labels' and event_id = ?",
                first.eventId().toString()))
        .isEqualTo(1);
  }

  @Test
  void aPoisonMessageGoesToTheDeadLetterTopic() {
    Blocked b = block();
    AppealDecided valid = appeal(b, "appeal-" + UUID.randomUUID(), AppealOutcome.OVERTURNED);
    Map<String, String> headers =
        CloudEventAttributes.of(valid, "/shopwarden/test-producer").toHeaders();
    String marker = "poison-" + UUID.randomUUID();
    TestKafka.send(
        Topics.ENFORCEMENT_ACTIONS,
        b.seller(),
        ("{\"eventId\": \"" + marker + "\", \"outcome\": ").getBytes(StandardCharsets.UTF_8),
        headers);
    assertThat(
            TestKafka.read(
                Topics.deadLetterOf(Topics.ENFORCEMENT_ACTIONS),
                r -> TestKafka.text(r).contains(marker),
                1,
                Duration.ofSeconds(60)))
        .hasSize(1);
    // The consumer goes on after it.
    send(valid);
    awaitLabels(b.contentId(), 1);
  }
}
