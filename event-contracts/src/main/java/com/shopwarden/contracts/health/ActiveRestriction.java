package com.shopwarden.contracts.health;

import com.shopwarden.contracts.Require;
import com.shopwarden.contracts.enforcement.MeasureType;
import java.time.Instant;

/**
 * A running enforcement measure as the privileges read model shows it.
 *
 * @param actionId the measure's id in enforcement
 * @param type what it restricts
 * @param endsAt when it ends; {@code null} when indefinite
 */
public record ActiveRestriction(String actionId, MeasureType type, Instant endsAt) {

  public ActiveRestriction {
    Require.text(actionId, "actionId");
    Require.present(type, "type");
  }
}
