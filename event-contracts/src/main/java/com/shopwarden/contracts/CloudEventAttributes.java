package com.shopwarden.contracts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CloudEvents attributes of one Kafka record, and their mapping to and from headers. Header
 * values are strings here; encoding them as UTF-8 bytes is the Kafka client's job.
 *
 * @param id the event id, required
 * @param source the producing service, required
 * @param type the CloudEvents type, required
 * @param subject what the event is about; {@code null} when not given
 * @param time when it happened; {@code null} when not given
 */
public record CloudEventAttributes(
    String id, String source, String type, String subject, Instant time) {

  public CloudEventAttributes {
    Require.text(id, CloudEventHeaders.ID);
    Require.text(source, CloudEventHeaders.SOURCE);
    Require.text(type, CloudEventHeaders.TYPE);
    Require.optionalText(subject, CloudEventHeaders.SUBJECT);
  }

  /**
   * The attributes of an event as the suite publishes it: its id, its type, its partition key as
   * subject and its time.
   *
   * @param source the producing service, e.g. {@code /shopwarden/enforcement-service}
   */
  public static CloudEventAttributes of(DomainEvent event, String source) {
    return new CloudEventAttributes(
        event.eventId().toString(),
        source,
        EventTypes.of(event).ceType(),
        event.partitionKey(),
        event.occurredAt());
  }

  /** The Kafka headers for these attributes, with spec version and JSON content type. */
  public Map<String, String> toHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
    headers.put(CloudEventHeaders.ID, id);
    headers.put(CloudEventHeaders.SOURCE, source);
    headers.put(CloudEventHeaders.TYPE, type);
    if (subject != null) {
      headers.put(CloudEventHeaders.SUBJECT, subject);
    }
    if (time != null) {
      headers.put(CloudEventHeaders.TIME, time.toString());
    }
    headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    return Map.copyOf(headers);
  }

  /**
   * Reads the attributes from a record's headers; headers that are not CloudEvents attributes
   * (tracing, for example) are ignored.
   *
   * @throws EventReadException naming the header when a required one is missing or blank, the spec
   *     version is not 1.0, or the time is not RFC 3339
   */
  public static CloudEventAttributes fromHeaders(Map<String, String> headers) {
    String specVersion = headers.get(CloudEventHeaders.SPEC_VERSION);
    if (specVersion == null) {
      throw missing(CloudEventHeaders.SPEC_VERSION);
    }
    if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
      throw new EventReadException(
          CloudEventHeaders.SPEC_VERSION,
          "CloudEvents header "
              + CloudEventHeaders.SPEC_VERSION
              + " must be "
              + CloudEventHeaders.SPEC_VERSION_1_0);
    }
    try {
      return new CloudEventAttributes(
          headers.get(CloudEventHeaders.ID),
          headers.get(CloudEventHeaders.SOURCE),
          headers.get(CloudEventHeaders.TYPE),
          headers.get(CloudEventHeaders.SUBJECT),
          time(headers.get(CloudEventHeaders.TIME)));
    } catch (InvalidFieldException e) {
      throw new EventReadException(e.field(), "CloudEvents header " + e.getMessage());
    }
  }

  private static Instant time(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new EventReadException(
          CloudEventHeaders.TIME, "CloudEvents header ce_time must be an RFC 3339 timestamp");
    }
  }

  private static EventReadException missing(String header) {
    return new EventReadException(header, "CloudEvents header " + header + " is required");
  }
}
