package com.shopwarden.enforcement.policy;

/** Which figure a market's health model tracks, and so which way a worsening account moves. */
public enum Scale {
  /** Violation points that rise as an account worsens (SEA model); milestones are crossed UP. */
  POINTS,
  /** A health rating that falls as an account worsens (US model); milestones are crossed DOWN. */
  RATING
}
