package com.shopwarden.health.model;

/**
 * Recovery for a clean record: every {@code days} legal days without a new violation restore {@code
 * points} (under a rating model, {@code points × deductionPerPoint} of rating), while any active
 * points remain.
 *
 * @param days legal days without a new violation that earn a restoration
 * @param points points restored each time
 */
public record CleanRecordRule(int days, int points) {

  /** The reward code clean-record entries carry on the ledger. */
  public static final String CODE = "CLEAN_RECORD";

  public CleanRecordRule {
    PackCheck.that(days > 0, "cleanRecord.days must be above 0");
    PackCheck.that(points > 0, "cleanRecord.points must be above 0");
  }
}
