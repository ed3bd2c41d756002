package com.shopwarden.health.model;

import com.shopwarden.contracts.health.TrendFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When violations of one policy in one market trend: the count in the latest window against the
 * average of the {@code baselineWindows} windows before it. An alert is raised when the window
 * holds at least {@code minimumCount} violations and their ratio to the baseline reaches {@code
 * threshold} (or there is no baseline at all); it closes when either no longer holds. One alert
 * stays open per episode.
 *
 * @param windowHours length of the observed window
 * @param baselineWindows how many earlier windows of the same length make the baseline
 * @param threshold the ratio observed / baseline that raises an alert, above 0
 * @param minimumCount the fewest violations in the window that can raise an alert
 */
public record TrendRules(int windowHours, int baselineWindows, double threshold, int minimumCount) {

  public TrendRules {
    PackCheck.that(windowHours > 0, "trends.windowHours must be above 0");
    PackCheck.that(baselineWindows > 0, "trends.baselineWindows must be above 0");
    PackCheck.that(threshold > 0, "trends.threshold must be above 0");
    PackCheck.that(minimumCount > 0, "trends.minimumCount must be above 0");
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

  /** Whether the figures call for an (open) alert. */
  public boolean alerting(TrendFigures figures) {
    if (figures.observedCount() < minimumCount) {
      return false;
    }
    return figures.baselineCount() == 0 || figures.ratio() >= threshold;
  }
}
