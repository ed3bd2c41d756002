package com.shopwarden.contracts;

/**
 * How a violation was found: it feeds the statement of reasons (DSA Art. 17, automated detection).
 */
public enum Detection {
  /** A screening strategy flagged it; the strategy and its version are on the event. */
  AUTOMATED,
  /** A person (moderator, investigator) found it. */
  HUMAN,
  /** A notice from a rights holder, a trusted flagger or another notifier reported it. */
  NOTICE
}
