package com.shopwarden.enforcement.measure;

/** What made enforcement apply a measure. */
public enum TriggerKind {
  /** A confirmed violation's content-level measure. */
  VIOLATION,
  /** A health milestone crossing (no points). */
  MILESTONE,
  /** The same policy violated too often within the window. */
  REPEAT_RULE,
  /** The repeat-infringer threshold of the IP strike rules. */
  REPEAT_INFRINGER
}
