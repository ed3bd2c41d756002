package com.shopwarden.contracts;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary mode: the event's
 * attributes travel as {@code ce_*} headers and the record value is the JSON payload.
 */
public final class CloudEventHeaders {

  /** Event id; equal to the payload's {@code eventId}. */
  public static final String ID = "ce_id";

  /** The producing service, a URI reference such as {@code /shopwarden/enforcement-service}. */
  public static final String SOURCE = "ce_source";

  /** The event type, e.g. {@code com.shopwarden.moderation.ViolationConfirmed.v1}. */
  public static final String TYPE = "ce_type";

  /** Optional: what the event is about within the source (by default its partition key). */
  public static final String SUBJECT = "ce_subject";

  /** Optional: when it happened, RFC 3339 (equal to the payload's {@code occurredAt}). */
  public static final String TIME = "ce_time";

  /** The CloudEvents version, always {@link #SPEC_VERSION_1_0}. */
  public static final String SPEC_VERSION = "ce_specversion";

  /**
   * The payload's media type. The Kafka binding maps {@code datacontenttype} to this plain header,
   * not to a {@code ce_} header.
   */
  public static final String CONTENT_TYPE = "content-type";

  /** The only CloudEvents version the suite speaks. */
  public static final String SPEC_VERSION_1_0 = "1.0";

  /** Every payload is JSON. */
  public static final String JSON = "application/json";

  private CloudEventHeaders() {}
}
