package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.health.TrendFigures;
import org.junit.jupiter.api.Test;

/** When a policy's violations trend enough to alert. */
class TrendRulesTest {

  /** The ratio alone, as packs without a z-score threshold judge. */
  private final TrendRules rules = new TrendRules(24, 7, 2.0, 5);

  private final TrendRules shipped = ShippedPacks.of("MY").trends();

  @Test
  void theZScoreMeasuresTheRiseAgainstThePolicysUsualSwings() {
    long[] volatileDays = {10, 2, 10, 2, 10, 2, 10};
    long[] steadyDays = {6, 6, 6, 6, 6, 6, 6};
    // mean 6.5714, standard deviation 3.9589: 14 is within the usual swings.
    assertThat(shipped.zScore(14, volatileDays)).isEqualTo(1.8764);
    // A steady history has no spread: σ is √6 (chance alone), and 14 stands out.
    assertThat(shipped.zScore(14, steadyDays)).isEqualTo(3.266);
    // Nothing before: σ is 1, the z-score is the count itself.
    assertThat(shipped.zScore(5, new long[7])).isEqualTo(5.0);

    TrendFigures overVolatile = shipped.figures(14, 46, 14);
    TrendFigures overSteady = shipped.figures(14, 42, 14);
    assertThat(overVolatile.ratio()).isGreaterThanOrEqualTo(2.0);
    assertThat(overSteady.ratio()).isGreaterThanOrEqualTo(2.0);
    assertThat(shipped.alerting(overVolatile, shipped.zScore(14, volatileDays))).isFalse();
    assertThat(shipped.alerting(overSteady, shipped.zScore(14, steadyDays))).isTrue();
    assertThat(shipped.alerting(shipped.figures(13, 42, 13), shipped.zScore(13, steadyDays)))
        .isFalse(); // ratio 2.1667, z 2.8577
  }

  @Test
  void theBaselineIsTheAverageOfTheEarlierWindows() {
    TrendFigures figures = rules.figures(10, 14, 6);
    assertThat(figures.baselineCount()).isEqualTo(2.0);
    assertThat(figures.ratio()).isEqualTo(5.0);
    assertThat(figures.distinctAccounts()).isEqualTo(6);
    assertThat(rules.alerting(figures, 0)).isTrue();
  }

  @Test
  void theThresholdIsReachedExactlyAtItsRatio() {
    assertThat(rules.alerting(rules.figures(6, 21, 2), 0)).isTrue(); // baseline 3, ratio 2.0
    assertThat(rules.alerting(rules.figures(5, 21, 2), 0)).isFalse(); // ratio 1.6667
  }

  @Test
  void tooFewViolationsNeverAlertAndNoBaselineAlertsFromTheMinimum() {
    assertThat(rules.alerting(rules.figures(4, 0, 4), 0)).isFalse();
    TrendFigures fromNothing = rules.figures(5, 0, 5);
    assertThat(fromNothing.ratio()).isZero();
    assertThat(rules.alerting(fromNothing, 0)).isTrue();
  }
}
