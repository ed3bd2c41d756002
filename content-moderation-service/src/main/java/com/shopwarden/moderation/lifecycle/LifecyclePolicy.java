package com.shopwarden.moderation.lifecycle;

import java.time.Duration;

/**
 * A market's lifecycle settings, shipped as data in {@code markets/<CODE>/lifecycle.json} over
 * {@code markets/default/lifecycle.json} (a market file needs only the members it changes).
 *
 * @param promotion what a version needs to leave SHADOW
 * @param canaryPercent share of the content (by a stable hash of its id) a CANARY version acts on,
 *     0..100
 * @param shadowSampleShare share of items with a SHADOW hit (and no REVIEW) sent to labelling, 0..1
 * @param emergencyMaxHours the longest an emergency rule may stay in force
 * @param protection when an acting version is dropped back to SHADOW automatically
 */
public record LifecyclePolicy(
    Promotion promotion,
    double canaryPercent,
    double shadowSampleShare,
    int emergencyMaxHours,
    Protection protection) {

  /**
   * The promotion gate out of SHADOW.
   *
   * @param minLabelledOutcomes hits of the version that people labelled, at least
   * @param minPrecision share of those labels that agree with the version, at least (0..1)
   */
  public record Promotion(int minLabelledOutcomes, double minPrecision) {}

  /**
   * Automatic protection of ACTIVE and CANARY versions.
   *
   * @param window the recent window whose action rate is compared
   * @param baseline the window before it that gives the baseline rate
   * @param spikeFactor recent rate above baseline × this is a spike
   * @param minVolume a spike needs at least this many actions in the recent window
   * @param maxOverturnRate appeal overturns ÷ actions above this drop the version
   * @param overturnWindow the window the overturn rate is measured over
   * @param minDecisions the overturn rate counts only with at least this many actions
   */
  public record Protection(
      Duration window,
      Duration baseline,
      double spikeFactor,
      int minVolume,
      double maxOverturnRate,
      Duration overturnWindow,
      int minDecisions) {}

  /** The canary share in {@code ContentBucket} buckets. */
  public int canaryBuckets() {
    return (int) Math.round(canaryPercent * 100);
  }
}
