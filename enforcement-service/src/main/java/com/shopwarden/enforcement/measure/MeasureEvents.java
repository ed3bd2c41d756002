package com.shopwarden.enforcement.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.ActionExpired;
import com.shopwarden.contracts.enforcement.ActionReversed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events of a measure's life, built from the stored measure. */
public final class MeasureEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MeasureEvents() {}

  public static ActionApplied applied(Measure m, Instant at) {
    return new ActionApplied(
        UUID.randomUUID(),
        m.market,
        at,
        m.id.toString(),
        violationKeys(m),
        m.accountId,
        m.accountType,
        m.type,
        m.startsAt,
        m.endsAt,
        m.points,
        m.decidedBy,
        m.statementPuid,
        m.policyCode,
        m.severity);
  }

  public static ActionExpired expired(Measure m, Instant at) {
    return new ActionExpired(
        UUID.randomUUID(),
        m.market,
        at,
        m.id.toString(),
        violationKeys(m),
        m.accountId,
        m.accountType,
        m.type,
        m.startsAt,
        m.endsAt,
        m.points,
        m.decidedBy,
        m.statementPuid);
  }

  public static ActionReversed reversed(Measure m, Instant at) {
    return new ActionReversed(
        UUID.randomUUID(),
        m.market,
        at,
        m.id.toString(),
        violationKeys(m),
        m.accountId,
        m.accountType,
        m.type,
        m.startsAt,
        m.endsAt,
        m.points,
        m.decidedBy,
        m.reversalReason,
        m.statementPuid);
  }

  /** The violation keys stored on a measure. */
  public static List<String> violationKeys(Measure m) {
    try {
      return JSON.readValue(m.violationKeys, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("measure " + m.id + " has unreadable violation keys", e);
    }
  }

  /** The stored form of violation keys. */
  public static String storedKeys(List<String> keys) {
    try {
      return JSON.writeValueAsString(keys);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("violation keys cannot be written", e);
    }
  }
}
