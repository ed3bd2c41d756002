package com.shopwarden.contracts.enforcement;

/** The decision on an appeal against a measure. */
public enum AppealOutcome {
  /** The measure stands. */
  UPHELD,
  /** The measure is reversed and its violations void. */
  OVERTURNED
}
