package com.shopwarden.health.model;

import com.shopwarden.contracts.health.Tier;

/**
 * The range of figures that maps to a tier, both ends included.
 *
 * @param tier the tier
 * @param min the lowest figure in the band
 * @param max the highest figure in the band; {@code null} for an open-ended top band
 */
public record TierBand(Tier tier, int min, Integer max) {

  public TierBand {
    PackCheck.present(tier, "bands.tier");
    PackCheck.that(min >= 0, "bands.min must be at least 0");
    PackCheck.that(max == null || max >= min, "bands.max must be at least bands.min");
  }

  boolean contains(int figure) {
    return figure >= min && (max == null || figure <= max);
  }
}
