package com.shopwarden.enforcement.policy;

import com.shopwarden.contracts.enforcement.MeasureType;
import java.util.Objects;

/**
 * What one severity of one policy costs: the content-level measure and the points (or, under a
 * rating model, the rating deduction) the violation carries.
 *
 * @param measure the content-level measure; {@code REMOVE_CONTENT} is applied as {@code
 *     DELIST_PRODUCT} when the content is a product listing
 * @param days its duration in days; {@code null} when it lasts until reversed
 * @param points points booked on the account (rating deduction under a rating model), at least 0
 */
public record SeverityRule(MeasureType measure, Integer days, int points) {

  public SeverityRule {
    Objects.requireNonNull(measure, "measure");
    if (days != null && days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    if (points < 0) {
      throw new IllegalArgumentException("points must be at least 0: " + points);
    }
  }
}
