package com.shopwarden.health.ledger;

/** What put an entry on the ledger. */
public enum EntryKind {
  /** Points of confirmed violations, stated by enforcement on ActionApplied. */
  VIOLATION,
  /** Points restored by a reward such as a completed policy course. */
  REWARD
}
