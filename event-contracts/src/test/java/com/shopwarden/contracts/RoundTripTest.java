package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.contracts.notification.Recipient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample is written as its schema demands and read back unchanged. */
class RoundTripTest {

  private static final EventJson EVENT_JSON = new EventJson();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<EventType> types() {
    return EventTypes.all().stream();
  }

  @Test
  void theSamplesCoverEveryEventType() {
    assertThat(EventSamples.all()).containsOnlyKeys(EventType.values());
    EventSamples.all()
        .forEach((type, sample) -> assertThat(sample).isExactlyInstanceOf(type.recordClass()));
  }

  @ParameterizedTest
  @MethodSource("types")
  void theWrittenPayloadConformsToTheSchema(EventType type) throws Exception {
    JsonNode payload = JSON.readTree(EVENT_JSON.write(EventSamples.of(type)));

    assertThat(ContractSchemas.validate(type, payload)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("types")
  void thePayloadReadsBackAsTheSameEvent(EventType type) {
    DomainEvent sample = EventSamples.of(type);
    byte[] payload = EVENT_JSON.write(sample);

    assertThat(EVENT_JSON.read(payload, type.recordClass())).isEqualTo(sample);
    assertThat(EVENT_JSON.read(type.ceType(), payload)).isEqualTo(sample);
    assertThat(EVENT_JSON.read(new String(payload, StandardCharsets.UTF_8), type.recordClass()))
        .isEqualTo(sample);
  }

  @ParameterizedTest
  @MethodSource("types")
  void thePayloadHoldsOnlyTheRecordsFieldsAndNoNulls(EventType type) throws Exception {
    String payload = EVENT_JSON.writeString(EventSamples.of(type));

    // The partition key is derived, not a field; a null would be an absent optional field.
    assertThat(payload).doesNotContain("partitionKey").doesNotContain("null");
  }

  @Test
  void timesAreWrittenAsIsoStrings() throws Exception {
    JsonNode payload = JSON.readTree(EVENT_JSON.write(EventSamples.violationConfirmed()));

    assertThat(payload.get("occurredAt").asText()).isEqualTo("2025-03-14T09:26:53.589Z");
    assertThat(payload.get("contentDate").asText()).isEqualTo("2025-03-12");
    assertThat(payload.get("eventId").asText()).isEqualTo(EventSamples.id(1).toString());
  }

  @Test
  void mapsAreWrittenInKeyOrderSoTheSameEventGivesTheSameBytes() {
    Map<String, String> oneOrder = new LinkedHashMap<>();
    oneOrder.put("b", "2");
    oneOrder.put("a", "1");
    Map<String, String> otherOrder = new LinkedHashMap<>();
    otherOrder.put("a", "1");
    otherOrder.put("b", "2");

    assertThat(EVENT_JSON.writeString(notification(oneOrder)))
        .isEqualTo(EVENT_JSON.writeString(notification(otherOrder)))
        .contains("{\"a\":\"1\",\"b\":\"2\"}");
  }

  private static NotificationRequested notification(Map<String, String> parameters) {
    return new NotificationRequested(
        EventSamples.id(99),
        "ID",
        EventSamples.AT,
        Recipient.organisation("org-luxe-maison"),
        "ipr.notice-received",
        "en",
        parameters);
  }
}
