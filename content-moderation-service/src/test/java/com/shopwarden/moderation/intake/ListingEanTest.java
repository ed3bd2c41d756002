package com.shopwarden.moderation.intake;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A listing's EAN-13: checked on intake, stored, and carried into ViolationConfirmed (US). */
@QuarkusTest
class ListingEanTest {

  private static final String MARKET = "US";
  // A valid EAN-13 (GS1's check digit 1) and the same number with its check digit off by one.
  private static final String EAN = "4006381333931";
  private static final String WRONG_CHECK_DIGIT = "4006381333932";
  private static boolean policyReady;

  @BeforeEach
  void policy() {
    if (policyReady) {
      return;
    }
    createList(MARKET, "knockoffs-us", "en").statusCode(201);
    addTerm(MARKET, "knockoffs-us", "knockoff", "WHOLE_WORD", "HIGH").statusCode(200);
    saveStrategy(
            MARKET,
            "block-knockoff-listings",
            "signals.terms.exists(t, t.list == \"knockoffs-us\") && content.kind =="
                + " \"PRODUCT_LISTING\"",
            "BLOCK",
            "COUNTERFEIT",
            "HIGH")
        .statusCode(200);
    policyReady = true;
  }

  @Test
  void anAutomatedBlockCarriesTheListingsEan() throws Exception {
    Map<String, Object> body = listing(MARKET, "seller-" + UUID.randomUUID(), "knockoff sneakers");
    body.put("ean", EAN);
    String contentId =
        submit(body).statusCode(201).body("verdict", equalTo("BLOCK")).extract().path("contentId");
    assertThat(strings("select ean from content_item where id = ?::uuid", contentId))
        .containsExactly(EAN);

    JsonNode payload = violationOf(contentId);
    assertThat(payload.get("ean").asText()).isEqualTo(EAN);
    // The event reads back through the contract, which verifies the check digit again.
    ViolationConfirmed event = new EventJson().read(payload.toString(), ViolationConfirmed.class);
    assertThat(event.ean()).isEqualTo(EAN);
    assertThat(event.contentId()).isEqualTo(contentId);
  }

  @Test
  void aListingWithoutEanPublishesNone() throws Exception {
    String contentId =
        submit(listing(MARKET, "seller-" + UUID.randomUUID(), "knockoff watch"))
            .statusCode(201)
            .body("verdict", equalTo("BLOCK"))
            .extract()
            .path("contentId");
    assertThat(strings("select ean from content_item where id = ?::uuid", contentId))
        .containsExactly((String) null);
    JsonNode payload = violationOf(contentId);
    assertThat(payload.path("ean").isMissingNode() || payload.get("ean").isNull()).isTrue();
  }

  @Test
  void aBadEanIsRefusedNamingItAndNothingIsStored() {
    String externalId = "ean-" + UUID.randomUUID();
    for (String bad :
        List.of(WRONG_CHECK_DIGIT, "400638133393", "40063813339311", "ABCDEFGHIJKLM")) {
      Map<String, Object> body = listing(MARKET, "seller-1", "knockoff bag");
      body.put("externalId", externalId);
      body.put("ean", bad);
      submit(body)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("ean"));
    }
    // Only listings carry an EAN.
    Map<String, Object> video = listing(MARKET, "seller-1", "knockoff bag");
    video.put("externalId", externalId);
    video.put("kind", "SHORT_VIDEO");
    video.put("account", Map.of("creatorId", "creator-1"));
    video.put("ean", EAN);
    submit(video).statusCode(400).body("errors[0].field", equalTo("ean"));

    assertThat(count("select count(*) from content_item where external_id = ?", externalId))
        .isZero();
    assertThat(
            count("select count(*) from outbox_event where payload like ?", "%" + externalId + "%"))
        .isZero();
  }

  private static JsonNode violationOf(String contentId) throws Exception {
    String ceType = EventTypes.of(ViolationConfirmed.class).ceType();
    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.read(
            Topics.MODERATION_DECISIONS,
            r ->
                ceType.equals(TestKafka.header(r, "ce_type"))
                    && TestKafka.text(r).contains(contentId),
            1,
            Duration.ofSeconds(30));
    assertThat(records).hasSize(1);
    return new ObjectMapper().readTree(records.get(0).value());
  }
}
