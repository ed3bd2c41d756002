package com.shopwarden.moderation.screening;

/**
 * What the local read model knows about the item's account (fed by {@code HealthChanged}).
 *
 * @param known whether a health event for the account has been received
 * @param tier the health tier name, {@code UNKNOWN} when not known
 * @param activePoints active violation points, 0 when not known
 */
public record AccountContext(boolean known, String tier, int activePoints) {

  public static AccountContext unknown() {
    return new AccountContext(false, "UNKNOWN", 0);
  }
}
