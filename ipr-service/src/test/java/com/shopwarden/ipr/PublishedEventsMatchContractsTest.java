package com.shopwarden.ipr;

import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.item;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.shopwarden.contracts.EventType;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ipr.NoticeRetracted;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the contracts: what this service puts on Kafka (the protection assets
 * content moderation consumes, the notice outcomes enforcement consumes, the notifications) passes
 * the committed JSON Schemas, with the CloudEvents type header and the contract's key.
 */
@QuarkusTest
class PublishedEventsMatchContractsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void publishedRecordsPassTheirSchemas() throws Exception {
    String org = verifiedOrganisation("DE");
    String asset = verifiedTrademark(org, "DE", LocalDate.now().plusYears(2));
    post(holder(org), "/api/v1/ipr/assets/" + asset + "/withdrawal", Map.of()).statusCode(200);
    String other = verifiedTrademark(org, "DE", LocalDate.now().plusYears(2));
    String account = unique("acct");
    String noticeId = file(org, completeNotice("DE", other, account));
    decide(agent("DE"), noticeId, "UPHELD", null).statusCode(200);

    check(Topics.IPR_PROTECTION_ASSETS, ProtectionAssetPublished.class, asset, asset);
    check(Topics.IPR_PROTECTION_ASSETS, ProtectionAssetWithdrawn.class, asset, asset);
    check(Topics.IPR_NOTICES, NoticeUpheld.class, noticeId, account);
    check(Topics.NOTIFICATIONS_REQUESTS, NotificationRequested.class, noticeId, noticeId);
  }

  /** The optional fields added later (qualities, EAN, strike violation keys) fill the schemas. */
  @Test
  void laterOptionalFieldsPassTheirSchemas() throws Exception {
    String org = verifiedOrganisation("DE");
    Map<String, Object> registration = new HashMap<>();
    registration.put("kind", "TRADEMARK");
    registration.put("title", "LUMEN");
    registration.put("markText", "Lumen");
    registration.put("registrationNumber", "EM-" + org);
    registration.put("office", "EUIPO");
    registration.put("ownerName", "Brand " + org);
    registration.put("pdqHashes", List.of("c".repeat(64)));
    registration.put("pdqQualities", List.of(93));
    registration.put("markets", List.of("DE"));
    String asset =
        post(holder(org), "/api/v1/ipr/organisations/" + org + "/assets", registration)
            .statusCode(201)
            .extract()
            .path("assetId");
    post(
            agent("DE"),
            "/api/v1/ipr/assets/" + asset + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(200);
    String seller = unique("seller");
    String first = null;
    for (int i = 0; i < 3; i++) {
      Map<String, Object> listing = item(unique("listing"), seller, "SELLER", true);
      listing.put("ean", "4006381333931");
      Map<String, Object> body = new HashMap<>(completeNotice("DE", asset, seller));
      body.put("items", List.of(listing));
      String noticeId = file(org, body);
      decide(agent("DE"), noticeId, "UPHELD", null).statusCode(200);
      first = first == null ? noticeId : first;
    }
    post(holder(org), "/api/v1/ipr/notices/" + first + "/retraction", Map.of()).statusCode(200);

    check(Topics.IPR_PROTECTION_ASSETS, ProtectionAssetPublished.class, asset, asset);
    assertThat(
            IprFixtures.events(
                    Topics.IPR_PROTECTION_ASSETS,
                    ProtectionAssetPublished.class,
                    e -> e.assetId().equals(asset),
                    1,
                    WAIT)
                .get(0)
                .pdqQualities())
        .containsExactly(93);
    check(Topics.IPR_NOTICES, NoticeUpheld.class, "4006381333931", seller);
    check(Topics.IPR_NOTICES, RepeatInfringerThresholdReached.class, seller, seller);
    check(Topics.IPR_NOTICES, NoticeRetracted.class, first, seller);
  }

  private static void check(String topic, Class<?> type, String mentions, String key)
      throws Exception {
    EventType eventType =
        EventTypes.of(type.asSubclass(com.shopwarden.contracts.DomainEvent.class));
    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.read(
            topic,
            r ->
                eventType.ceType().equals(TestKafka.header(r, "ce_type"))
                    && TestKafka.text(r).contains(mentions),
            1,
            WAIT);
    // A poll may bring more than one matching record; every one must pass.
    assertThat(records).as(type.getSimpleName()).isNotEmpty();
    JsonSchema schema = schema(eventType);
    for (ConsumerRecord<String, byte[]> record : records) {
      assertThat(record.key()).isEqualTo(key);
      JsonNode payload = JSON.readTree(record.value());
      assertThat(schema.validate(payload)).as(type.getSimpleName()).isEmpty();
    }
  }

  private static JsonSchema schema(EventType type) throws Exception {
    try (InputStream in = type.openSchema()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(
              JSON.readTree(in),
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }
}
