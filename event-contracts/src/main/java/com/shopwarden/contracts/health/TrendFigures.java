package com.shopwarden.contracts.health;

import com.shopwarden.contracts.Require;

/**
 * How violations of one policy in one market compare with their usual level over an alert's window.
 *
 * @param observedCount violations confirmed in the window, at least 0
 * @param baselineCount violations expected in a window of this length from history, at least 0
 * @param ratio {@code observedCount / baselineCount} (0 when there is no baseline), at least 0
 * @param threshold the ratio at which the market's pack raises an alert, above 0
 * @param distinctAccounts accounts behind the observed violations, at least 0 (one account or many
 *     calls for different investigations)
 */
public record TrendFigures(
    long observedCount,
    double baselineCount,
    double ratio,
    double threshold,
    long distinctAccounts) {

  public TrendFigures {
    Require.atLeast(observedCount, 0, "observedCount");
    Require.atLeast(baselineCount, 0.0, "baselineCount");
    Require.atLeast(ratio, 0.0, "ratio");
    Require.atLeast(threshold, 0.0, "threshold");
    Require.that(threshold > 0, "threshold", "threshold must be above 0");
    Require.atLeast(distinctAccounts, 0, "distinctAccounts");
  }
}
