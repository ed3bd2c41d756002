package com.shopwarden.health.model;

import com.shopwarden.contracts.health.Direction;
import java.util.List;

/**
 * The points model (SEA default): the figure is the sum of the active points, never below 0.
 *
 * @param expiryDays calendar days an entry stays active, counted in the market's legal time zone
 * @param milestones ascending point values at which enforcement applies a measure (12, 24, 36, 48)
 * @param warningDistance how close to the next milestone the account is warned (5)
 */
public record PointsRules(int expiryDays, List<Integer> milestones, int warningDistance)
    implements HealthScale {

  public PointsRules {
    PackCheck.that(expiryDays > 0, "points.expiryDays must be above 0");
    milestones = PackCheck.strictlyOrdered(milestones, true, "points.milestones");
    PackCheck.that(milestones.get(0) > 0, "points.milestones must be above 0");
    PackCheck.that(warningDistance >= 0, "points.warningDistance must be at least 0");
  }

  @Override
  public int figure(int activePoints) {
    return Math.max(0, activePoints);
  }

  @Override
  public int entryLifetimeDays() {
    return expiryDays;
  }

  @Override
  public Direction worsening() {
    return Direction.UP;
  }
}
