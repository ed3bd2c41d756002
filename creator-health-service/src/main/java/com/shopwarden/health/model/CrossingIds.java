package com.shopwarden.health.model;

import com.shopwarden.contracts.health.MilestoneCrossing;
import java.util.UUID;

/**
 * Stable ids of milestone crossings, derived from the ledger entry that caused the crossing: the
 * violation booked (or, for a recovery, the entry voided, expired or the reward booked), the
 * milestone and the direction. An entry causes a given crossing at most once (it is booked once,
 * and voided or expired once), so the id names one crossing; deriving the same crossing again, or
 * relaying the same event again, gives the same id, and consumers act on it once.
 */
public final class CrossingIds {

  private CrossingIds() {}

  /** The crossing with its id; unchanged (no id) when the causing entry is unknown. */
  public static MilestoneCrossing identified(MilestoneCrossing crossing, UUID causingEntry) {
    if (causingEntry == null) {
      return crossing;
    }
    return new MilestoneCrossing(
        crossing.milestone(),
        crossing.direction(),
        causingEntry + "/" + crossing.milestone() + "/" + crossing.direction());
  }
}
