package com.shopwarden.moderation.review;

/** Why a review task exists. */
public enum TaskPurpose {
  /** Screening decided REVIEW: a person decides the item. */
  SCREENING,
  /** A sampled ALLOW decision, labelled blind as ground truth for recall. */
  ALLOW_SAMPLE,
  /** A sampled SHADOW strategy hit, labelled to measure the strategy before promotion. */
  SHADOW_SAMPLE,
  /** A senior moderator's blind re-review of a decided task. */
  QA
}
