package com.shopwarden.moderation.strategy;

/**
 * The kinds of signal a strategy can read. Strategies are indexed by the families they reference so
 * that an item is only evaluated against strategies that could be interested in it.
 */
public enum SignalFamily {
  /** Term-list matches, {@code signals.terms}. */
  TERMS,
  /** Model scores supplied with the item, {@code signals.scores}. */
  SCORES,
  /** Media hash matches, {@code signals.hashes} (filled by the hash banks of issue 4). */
  HASHES,
  /** The account's context from the local read model, {@code account}. */
  ACCOUNT
}
