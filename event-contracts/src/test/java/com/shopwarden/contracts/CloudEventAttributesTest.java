package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventAttributesTest {

  private static final String SOURCE = "/shopwarden/enforcement-service";

  @Test
  void attributesSurviveTheTripThroughHeaders() {
    CloudEventAttributes attributes =
        new CloudEventAttributes(
            "7b0d3f52-93a1-4c6e-8f1d-000000000010",
            SOURCE,
            "com.shopwarden.enforcement.ActionApplied.v1",
            "acc-cr-7Q2M9",
            Instant.parse("2025-03-14T09:26:53.589Z"));

    Map<String, String> headers = attributes.toHeaders();

    assertThat(headers)
        .containsEntry("ce_id", "7b0d3f52-93a1-4c6e-8f1d-000000000010")
        .containsEntry("ce_source", SOURCE)
        .containsEntry("ce_type", "com.shopwarden.enforcement.ActionApplied.v1")
        .containsEntry("ce_subject", "acc-cr-7Q2M9")
        .containsEntry("ce_time", "2025-03-14T09:26:53.589Z")
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("content-type", "application/json");
    assertThat(CloudEventAttributes.fromHeaders(headers)).isEqualTo(attributes);
  }

  @Test
  void optionalAttributesMayBeAbsent() {
    CloudEventAttributes attributes =
        new CloudEventAttributes("id-1", SOURCE, "com.shopwarden.ipr.NoticeUpheld.v1", null, null);

    Map<String, String> headers = attributes.toHeaders();

    assertThat(headers).doesNotContainKeys("ce_subject", "ce_time");
    assertThat(CloudEventAttributes.fromHeaders(headers)).isEqualTo(attributes);
  }

  @Test
  void theAttributesOfAnEventComeFromTheEventAndItsType() {
    DomainEvent event = EventSamples.of(EventType.ACTION_APPLIED);

    CloudEventAttributes attributes = CloudEventAttributes.of(event, SOURCE);

    assertThat(attributes.id()).isEqualTo(event.eventId().toString());
    assertThat(attributes.type()).isEqualTo("com.shopwarden.enforcement.ActionApplied.v1");
    assertThat(attributes.subject()).isEqualTo(event.partitionKey());
    assertThat(attributes.time()).isEqualTo(event.occurredAt());
    assertThat(attributes.source()).isEqualTo(SOURCE);
  }

  @Test
  void headersOtherThanCloudEventsAttributesAreIgnored() {
    Map<String, String> headers = new HashMap<>(valid());
    headers.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

    assertThat(CloudEventAttributes.fromHeaders(headers).id()).isEqualTo("id-1");
  }

  @Test
  void aMissingIdIsRejectedByName() {
    Map<String, String> headers = new HashMap<>(valid());
    headers.remove("ce_id");

    assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
        .isInstanceOf(EventReadException.class)
        .hasMessage("CloudEvents header ce_id is required")
        .extracting(e -> ((EventReadException) e).field())
        .isEqualTo("ce_id");
  }

  @Test
  void missingSourceTypeOrSpecVersionAreRejectedByName() {
    for (String header : new String[] {"ce_source", "ce_type", "ce_specversion"}) {
      Map<String, String> headers = new HashMap<>(valid());
      headers.remove(header);

      assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
          .isInstanceOf(EventReadException.class)
          .hasMessageContaining(header)
          .extracting(e -> ((EventReadException) e).field())
          .isEqualTo(header);
    }
  }

  @Test
  void anotherSpecVersionOrABadTimeIsRejected() {
    Map<String, String> otherVersion = new HashMap<>(valid());
    otherVersion.put("ce_specversion", "0.3");
    Map<String, String> badTime = new HashMap<>(valid());
    badTime.put("ce_time", "14/03/2025");
    Map<String, String> blankId = new HashMap<>(valid());
    blankId.put("ce_id", " ");

    assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(otherVersion))
        .hasMessage("CloudEvents header ce_specversion must be 1.0");
    assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(badTime))
        .hasMessage("CloudEvents header ce_time must be an RFC 3339 timestamp");
    assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(blankId))
        .hasMessage("CloudEvents header ce_id must not be blank");
  }

  private static Map<String, String> valid() {
    return Map.of(
        "ce_id", "id-1",
        "ce_source", SOURCE,
        "ce_type", "com.shopwarden.ipr.NoticeUpheld.v1",
        "ce_specversion", "1.0");
  }
}
