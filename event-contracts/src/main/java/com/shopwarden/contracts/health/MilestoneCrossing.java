package com.shopwarden.contracts.health;

import com.shopwarden.contracts.Require;

/**
 * A milestone of the market's health model that the account's points or rating just crossed.
 *
 * @param milestone the milestone's value (points, e.g. 12, or rating, e.g. 150), at least 0
 * @param direction which way the value moved across it
 */
public record MilestoneCrossing(int milestone, Direction direction) {

  public MilestoneCrossing {
    Require.atLeast(milestone, 0, "milestone");
    Require.present(direction, "direction");
  }
}
