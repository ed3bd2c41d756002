package com.shopwarden.moderation.review;

/**
 * Where a task stands. A CLAIMED task whose lease has expired is waiting again: it is claimable and
 * shown as OPEN, without a job having to reset it.
 */
public enum TaskStatus {
  OPEN,
  CLAIMED,
  DECIDED
}
