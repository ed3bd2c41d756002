package com.shopwarden.enforcement.policy;

import com.shopwarden.contracts.enforcement.MeasureType;
import java.util.Objects;

/**
 * A measure a policy prescribes, with its duration.
 *
 * @param type what the measure restricts
 * @param days how many calendar days it lasts in the market's legal time zone; {@code null} when it
 *     lasts until reversed
 */
public record MeasureSpec(MeasureType type, Integer days) {

  public MeasureSpec {
    Objects.requireNonNull(type, "measure type");
    if (days != null && days < 1) {
      throw new IllegalArgumentException("measure days must be at least 1: " + days);
    }
  }
}
