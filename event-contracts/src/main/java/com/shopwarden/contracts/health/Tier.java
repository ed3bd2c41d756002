package com.shopwarden.contracts.health;

/** The health tier of an account, from which eligibility and rewards follow. */
public enum Tier {
  EXCELLENT,
  GOOD,
  CAUTION,
  AT_RISK,
  /** The account is under an account-level suspension or termination measure. */
  SUSPENDED
}
