package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.MilestoneCrossing;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A newer producer may add fields anywhere; today's consumers and schemas must accept them. */
class ForwardCompatibilityTest {

  private static final EventJson EVENT_JSON = new EventJson();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Objects that are maps in the contract: a new key there is data, not a new field. */
  private static final Set<String> MAP_FIELDS = Set.of("parameters", "eligibility");

  static Stream<EventType> types() {
    return EventTypes.all().stream();
  }

  @ParameterizedTest
  @MethodSource("types")
  void unknownFieldsAtEveryLevelAreIgnored(EventType type) throws Exception {
    DomainEvent sample = EventSamples.of(type);
    JsonNode payload = JSON.readTree(EVENT_JSON.write(sample));
    int added = addFutureFields(payload);

    assertThat(added).isPositive();
    assertThat(ContractSchemas.validate(type, payload)).isEmpty();
    assertThat(EVENT_JSON.read(type.ceType(), JSON.writeValueAsBytes(payload))).isEqualTo(sample);
  }

  @Test
  void aNewerHealthModelsFieldsDoNotDisturbTheReader() {
    String payload =
        """
        {
          "eventId": "7b0d3f52-93a1-4c6e-8f1d-000000000015",
          "market": "ID",
          "occurredAt": "2025-03-14T09:26:53.589Z",
          "accountId": "acc-cr-7Q2M9",
          "accountType": "CREATOR",
          "tier": "AT_RISK",
          "activePoints": 14,
          "pointsExpiringNext": {"points": 4, "on": "2025-04-02"},
          "milestoneCrossed": {"milestone": 12, "direction": "UP", "measureHint": "RESTRICT"},
          "nextMilestone": 24
        }
        """;

    HealthChanged read = EVENT_JSON.read(payload, HealthChanged.class);

    HealthChanged sample = (HealthChanged) EventSamples.of(EventType.HEALTH_CHANGED);
    assertThat(read)
        .isEqualTo(
            new HealthChanged(
                sample.eventId(),
                sample.market(),
                sample.occurredAt(),
                sample.accountId(),
                sample.accountType(),
                sample.tier(),
                sample.activePoints(),
                sample.rating(),
                new MilestoneCrossing(12, Direction.UP),
                sample.nextMilestone()));
    assertThat(read.recentViolations()).isNull();
  }

  /**
   * Fields added after an event's first release are optional: a payload from a producer that
   * predates them reads, with the field absent (null, or empty for lists).
   */
  @ParameterizedTest
  @MethodSource("laterAdditions")
  void aPayloadFromBeforeALaterAdditionStillReads(EventType type, String field) throws Exception {
    ObjectNode payload = (ObjectNode) JSON.readTree(EVENT_JSON.write(EventSamples.of(type)));
    JsonNode owner = removeField(payload, field);

    assertThat(owner).as(field + " in the sample").isNotNull();
    assertThat(ContractSchemas.validate(type, payload)).isEmpty();
    DomainEvent read = EVENT_JSON.read(type.ceType(), JSON.writeValueAsBytes(payload));

    ObjectNode written = (ObjectNode) JSON.readTree(EVENT_JSON.write(read));
    ObjectNode writtenOwner = owner(written, field);
    for (String name : names(field)) {
      JsonNode value = writtenOwner.get(name);
      assertThat(value == null || value.isNull() || (value.isArray() && value.isEmpty()))
          .as(name + " reads as absent, was " + value)
          .isTrue();
    }
  }

  static Stream<Arguments> laterAdditions() {
    return Stream.of(
        Arguments.of(EventType.ACTION_APPLIED, "policyCode,severity"),
        Arguments.of(EventType.HEALTH_CHANGED, "recentViolations"),
        Arguments.of(EventType.HEALTH_CHANGED, "milestoneCrossed.crossingId"),
        Arguments.of(EventType.PRIVILEGES_CHANGED, "privileges.affiliateCommissionRate"),
        Arguments.of(EventType.PRIVILEGES_CHANGED, "privileges.listingQuota"),
        Arguments.of(EventType.REPEAT_INFRINGER_THRESHOLD_REACHED, "strikeViolationKeys"),
        Arguments.of(EventType.PROTECTION_ASSET_PUBLISHED, "pdqQualities"),
        Arguments.of(EventType.NOTICE_UPHELD, "ean"));
  }

  /** Removes a dotted field (or comma-separated siblings); answers the object that held it. */
  private static JsonNode removeField(ObjectNode payload, String path) {
    ObjectNode owner = owner(payload, path);
    for (String name : names(path)) {
      if (owner.remove(name) == null) {
        return null;
      }
    }
    return owner;
  }

  /** The object that holds the last segment of a dotted path. */
  private static ObjectNode owner(ObjectNode root, String path) {
    String[] parts = path.split(",")[0].split("\\.");
    ObjectNode owner = root;
    for (int i = 0; i < parts.length - 1; i++) {
      owner = (ObjectNode) owner.get(parts[i]);
    }
    return owner;
  }

  /** The field names a path removes: its last segment, or each comma-separated sibling. */
  private static List<String> names(String path) {
    return Stream.of(path.split(",")).map(p -> p.substring(p.lastIndexOf('.') + 1)).toList();
  }

  /** Adds an unknown field to the payload and to every nested object of a record. */
  private static int addFutureFields(JsonNode node) {
    int added = 0;
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = object.properties().stream().toList();
      for (Map.Entry<String, JsonNode> field : fields) {
        if (!MAP_FIELDS.contains(field.getKey())) {
          added += addFutureFields(field.getValue());
        }
      }
      object.put("addedByANewerProducer", "v1.1").putObject("futureDetail").put("flag", true);
      added++;
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        added += addFutureFields(element);
      }
    }
    return added;
  }
}
