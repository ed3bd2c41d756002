package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopwarden.contracts.health.HealthChanged;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    assertThat(read).isEqualTo(EventSamples.of(EventType.HEALTH_CHANGED));
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
