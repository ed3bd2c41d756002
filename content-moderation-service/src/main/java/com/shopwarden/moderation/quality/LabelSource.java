package com.shopwarden.moderation.quality;

/** Where a label (a judgement of whether content violates) came from. */
public enum LabelSource {
  /** A moderator decided a REVIEW task. */
  REVIEW,
  /** A senior moderator re-reviewed a decided task blind. */
  QA,
  /** A sampled ALLOW decision, labelled as ground truth for recall. */
  ALLOW_SAMPLE,
  /** A sampled SHADOW strategy hit, labelled to measure the strategy before promotion. */
  SHADOW_SAMPLE,
  /** An appeal decided by enforcement (upheld or overturned). */
  APPEAL
}
