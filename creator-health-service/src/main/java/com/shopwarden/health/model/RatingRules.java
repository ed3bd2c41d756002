package com.shopwarden.health.model;

import com.shopwarden.contracts.health.Direction;
import java.util.List;

/**
 * The rating model (US default): a rating starts at {@code start} and loses {@code
 * deductionPerPoint} for every active violation point, within {@code [0, max]}. A deduction lapses
 * after {@code windowDays}, so the rating recovers over time; rewards restore points explicitly.
 *
 * @param start the rating of an account with a clean ledger (1000)
 * @param max the highest rating (1000)
 * @param deductionPerPoint rating lost per active violation point
 * @param windowDays calendar days a deduction stays active (180), in the market's legal time zone
 * @param milestones descending ratings at which enforcement applies a measure (150, 100, 50, 0)
 */
public record RatingRules(
    int start, int max, int deductionPerPoint, int windowDays, List<Integer> milestones)
    implements HealthScale {

  public RatingRules {
    PackCheck.that(max > 0, "rating.max must be above 0");
    PackCheck.that(start >= 0 && start <= max, "rating.start must be within 0 and rating.max");
    PackCheck.that(deductionPerPoint > 0, "rating.deductionPerPoint must be above 0");
    PackCheck.that(windowDays > 0, "rating.windowDays must be above 0");
    milestones = PackCheck.strictlyOrdered(milestones, false, "rating.milestones");
    PackCheck.that(
        milestones.get(0) <= max && milestones.get(milestones.size() - 1) >= 0,
        "rating.milestones must lie within 0 and rating.max");
  }

  @Override
  public int figure(int activePoints) {
    long rating = (long) start - (long) deductionPerPoint * activePoints;
    return (int) Math.max(0, Math.min(max, rating));
  }

  @Override
  public int entryLifetimeDays() {
    return windowDays;
  }

  @Override
  public Direction worsening() {
    return Direction.DOWN;
  }
}
