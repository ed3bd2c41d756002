package com.shopwarden.health.model;

import com.shopwarden.contracts.enforcement.MeasureType;
import java.time.Instant;

/**
 * An account-level measure of enforcement, as the assessment needs it.
 *
 * @param actionId the measure's id
 * @param type what it restricts
 * @param startsAt when it takes effect
 * @param endsAt when it ends by its own duration; {@code null} when indefinite
 * @param lifted whether it expired or was reversed
 */
public record RestrictionLine(
    String actionId, MeasureType type, Instant startsAt, Instant endsAt, boolean lifted) {

  /** Whether the measure is in force at {@code now}. */
  public boolean inForceAt(Instant now) {
    return !lifted && !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
  }
}
