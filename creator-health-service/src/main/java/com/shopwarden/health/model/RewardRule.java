package com.shopwarden.health.model;

/**
 * A reward that restores points, for example completing a policy course.
 *
 * @param points points restored (under a rating model, worth {@code points × deductionPerPoint})
 * @param periodDays the reward is granted at most once per this many days
 * @param description what earns it, shown on the ledger entry
 */
public record RewardRule(int points, int periodDays, String description) {

  public RewardRule {
    PackCheck.that(points > 0, "rewards.points must be above 0");
    PackCheck.that(periodDays > 0, "rewards.periodDays must be above 0");
    PackCheck.that(
        description != null && !description.isBlank(), "rewards.description is required");
  }
}
