package com.shopwarden.enforcement.measure;

/** Where a measure is in its life. */
public enum MeasureState {
  /** In force. */
  APPLIED,
  /** Ended by its own duration. */
  EXPIRED,
  /** Undone before its end (appeal, counter-notice, retraction, policy error). */
  REVERSED
}
