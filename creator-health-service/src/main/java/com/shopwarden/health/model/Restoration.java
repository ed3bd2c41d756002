package com.shopwarden.health.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How much a reward restores and how long the restoration counts. A reward restores at most the
 * points that are active, and counts only as long as the latest of them: it offsets points the
 * account has, never points it may earn later, so it cannot be banked.
 */
public final class Restoration {

  private Restoration() {}

  /** Points a reward worth {@code rulePoints} restores from {@code activePoints}. */
  public static int amount(int activePoints, int rulePoints) {
    return Math.min(rulePoints, Math.max(0, activePoints));
  }

  /** When a restoration granted at {@code now} stops counting; empty when nothing is active. */
  public static Optional<Instant> expiry(List<LedgerLine> entries, Instant now) {
    return entries.stream()
        .filter(e -> e.activeAt(now) && e.points() > 0)
        .map(LedgerLine::expiresAt)
        .max(Instant::compareTo);
  }
}
