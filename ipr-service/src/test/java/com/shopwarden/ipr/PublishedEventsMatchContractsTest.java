package com.shopwarden.ipr;

import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.holder;
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
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.LocalDate;
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
