package com.shopwarden.health.model;

import com.shopwarden.contracts.health.TrendFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When violations of one policy in one market trend: the count in the latest window against the
 * {@code baselineWindows} windows before it. An alert is raised when the window holds at least
 * {@code minimumCount} violations, their ratio to the baseline (the windows' average) reaches
 * {@code threshold} (or there is no baseline at all) and, when the pack sets {@code zThreshold},
 * the window's z-score against the baseline windows reaches it; it closes when any of these no
 * longer holds. One alert stays open per episode.
 *
 * <p>The z-score is {@code (observed − mean) / σ} over the baseline windows' counts, where {@code
 * σ} is the larger of their standard deviation, the square root of their mean (the spread counts
 * have by chance alone) and 1, so a flat or empty history does not make every small rise extreme.
 * The ratio says how much more; the z-score says whether that is more than the policy's usual
 * swings: a policy whose days alternate between 2 and 10 does not alert on a day of 14.
 *
 * @param windowHours length of the observed window
 * @param baselineWindows how many earlier windows of the same length make the baseline
 * @param threshold the ratio observed / baseline that raises an alert, above 0
 * @param minimumCount the fewest violations in the window that can raise an alert
 * @param zThreshold the z-score the window must also reach; {@code null} for the ratio alone
 */
public record TrendRules(
    int windowHours, int baselineWindows, double threshold, int minimumCount, Double zThreshold) {

  /** Rules that judge by the ratio alone. */
  public TrendRules(int windowHours, int baselineWindows, double threshold, int minimumCount) {
    this(windowHours, baselineWindows, threshold, minimumCount, null);
  }

  public TrendRules {
    PackCheck.that(windowHours > 0, "trends.windowHours must be above 0");
    PackCheck.that(baselineWindows > 0, "trends.baselineWindows must be above 0");
    PackCheck.that(threshold > 0, "trends.threshold must be above 0");
    PackCheck.that(minimumCount > 0, "trends.minimumCount must be above 0");
    PackCheck.that(zThreshold == null || zThreshold > 0, "trends.zThreshold must be above 0");
  }

  /** The figures of a window with {@code observed} violations after {@code baselineTotal}. */
  public TrendFigures figures(long observed, long baselineTotal, long distinctAccounts) {
    double baseline =
        BigDecimal.valueOf(baselineTotal)
            .divide(BigDecimal.valueOf(baselineWindows), 4, RoundingMode.HALF_UP)
            .doubleValue();
    double ratio =
        baseline == 0
            ? 0
            : BigDecimal.valueOf(observed)
                .divide(BigDecimal.valueOf(baseline), 4, RoundingMode.HALF_UP)
                .doubleValue();
    return new TrendFigures(observed, baseline, ratio, threshold, distinctAccounts);
  }

  /**
   * The z-score of {@code observed} against the counts of the baseline windows, to four decimals.
   */
  public double zScore(long observed, long[] baselineCounts) {
    PackCheck.that(baselineCounts.length == baselineWindows, "one count per baseline window");
    double mean = 0;
    for (long count : baselineCounts) {
      mean += count;
    }
    mean /= baselineCounts.length;
    double variance = 0;
    for (long count : baselineCounts) {
      variance += (count - mean) * (count - mean);
    }
    variance /= baselineCounts.length;
    double sigma = Math.max(1, Math.max(Math.sqrt(variance), Math.sqrt(mean)));
    return BigDecimal.valueOf((observed - mean) / sigma)
        .setScale(4, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Whether the figures and the window's z-score call for an (open) alert. */
  public boolean alerting(TrendFigures figures, double zScore) {
    if (figures.observedCount() < minimumCount) {
      return false;
    }
    if (zThreshold != null && zScore < zThreshold) {
      return false;
    }
    return figures.baselineCount() == 0 || figures.ratio() >= threshold;
  }
}
