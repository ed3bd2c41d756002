package com.shopwarden.contracts;

/** Who took a decision: stated in statements of reasons and used to route appeals to humans. */
public enum DecisionMode {
  /** Decided by a strategy without human review. */
  AUTOMATED,
  /** Decided by a person (reviewer, agent, investigator). */
  HUMAN
}
