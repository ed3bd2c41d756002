package com.shopwarden.moderation.review;

/** What a person decides on a task. */
public enum Outcome {
  /** The item violates the named policy. */
  UPHOLD,
  /** The item does not violate. */
  CLEAR,
  /** A senior moderator should decide (screening tasks only); the task changes queue. */
  ESCALATE
}
