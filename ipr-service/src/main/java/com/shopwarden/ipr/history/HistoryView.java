package com.shopwarden.ipr.history;

import java.time.Instant;

/**
 * One history entry as the API shows it.
 *
 * @param at when it happened
 * @param actor who did it (the token subject, or {@code system})
 * @param action what happened
 * @param detail a short explanation, if any
 */
public record HistoryView(Instant at, String actor, String action, String detail) {

  /** The view of a stored entry. */
  public static HistoryView of(HistoryEntry entry) {
    return new HistoryView(entry.at, entry.actor, entry.action, entry.detail);
  }
}
