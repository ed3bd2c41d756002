package com.shopwarden.moderation.screening;

/**
 * What the local read model knows about the item's account (fed by {@code HealthChanged}).
 *
 * @param known whether a health event for the account has been received
 * @param tier the health tier name, {@code UNKNOWN} when not known
 * @param activePoints active violation points, 0 when not known
 * @param recentViolations violations booked on the account within creator-health's recent window
 *     (90 days unless its pack says otherwise); 0 when not known or when the latest event did not
 *     say
 */
public record AccountContext(boolean known, String tier, int activePoints, int recentViolations) {

  /** A context without the recent violation count (before {@code HealthChanged} carried it). */
  public AccountContext(boolean known, String tier, int activePoints) {
    this(known, tier, activePoints, 0);
  }

  public static AccountContext unknown() {
    return new AccountContext(false, "UNKNOWN", 0, 0);
  }
}
