package com.shopwarden.health.model;

import java.time.Instant;

/**
 * One ledger entry as the assessment needs it.
 *
 * @param points signed points: violations add, rewards restore (negative)
 * @param expiresAt the first instant it no longer counts
 * @param voided whether a reversal voided it
 */
public record LedgerLine(int points, Instant expiresAt, boolean voided) {

  /** Whether the entry counts at {@code now}. */
  public boolean activeAt(Instant now) {
    return !voided && expiresAt.isAfter(now);
  }
}
