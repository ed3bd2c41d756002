package com.shopwarden.contracts.moderation;

import com.shopwarden.contracts.Require;

/**
 * The measured quality of a strategy version over the window that led to its rollback. Typed rather
 * than a free map so that dashboards and alerts read the same names; a ratio is {@code null} when
 * too few outcomes were known to compute it.
 *
 * @param decisions decisions the version took in the window, at least 0
 * @param overturned of those, how many reviewers or appeals overturned, at most {@code decisions}
 * @param precision share of its violations that were confirmed (0..1); {@code null} if unknown
 * @param recall share of known violations it caught (0..1); {@code null} if unknown
 * @param overturnRate {@code overturned / decisions} (0..1); {@code null} if there were none
 */
public record StrategyQualityFigures(
    long decisions, long overturned, Double precision, Double recall, Double overturnRate) {

  public StrategyQualityFigures {
    Require.atLeast(decisions, 0, "decisions");
    Require.atLeast(overturned, 0, "overturned");
    Require.that(overturned <= decisions, "overturned", "overturned must not exceed decisions");
    Require.optionalRatio(precision, "precision");
    Require.optionalRatio(recall, "recall");
    Require.optionalRatio(overturnRate, "overturnRate");
  }
}
