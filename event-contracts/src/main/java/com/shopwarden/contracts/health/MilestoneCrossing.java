package com.shopwarden.contracts.health;

import com.shopwarden.contracts.Require;

/**
 * A milestone of the market's health model that the account's points or rating just crossed.
 *
 * @param milestone the milestone's value (points, e.g. 12, or rating, e.g. 150), at least 0
 * @param direction which way the value moved across it
 * @param crossingId stable id of this crossing (the producer's ledger reference), the same in every
 *     re-publication, so a consumer acts on a crossing once; {@code null} when the producer gives
 *     none
 */
public record MilestoneCrossing(int milestone, Direction direction, String crossingId) {

  public MilestoneCrossing {
    Require.atLeast(milestone, 0, "milestone");
    Require.present(direction, "direction");
    Require.optionalText(crossingId, "crossingId");
  }

  /** A crossing without an id (the fields before it was added). */
  public MilestoneCrossing(int milestone, Direction direction) {
    this(milestone, direction, null);
  }
}
