package com.shopwarden.enforcement.statement;

/** Where a statement of reasons stands. */
public enum StatementStatus {
  /** Passed validation; waiting to be filed. */
  VALID,
  /** Failed validation: kept for the policy team, never filed as it is. */
  INVALID,
  /** Accepted by the Transparency Database. */
  SUBMITTED
}
