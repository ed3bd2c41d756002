package com.shopwarden.enforcement.appeal;

/** Where an appeal stands. */
public enum AppealState {
  /** Waiting for (or under) review. */
  PENDING,
  /** Rejected: the measure stands. */
  UPHELD,
  /** Accepted: the measure and its violations are reversed. */
  OVERTURNED
}
