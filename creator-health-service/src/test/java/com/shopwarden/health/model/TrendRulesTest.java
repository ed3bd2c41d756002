package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.health.TrendFigures;
import org.junit.jupiter.api.Test;

/** When a policy's violations trend enough to alert. */
class TrendRulesTest {

  private final TrendRules rules = new TrendRules(24, 7, 2.0, 5);

  @Test
  void theBaselineIsTheAverageOfTheEarlierWindows() {
    TrendFigures figures = rules.figures(10, 14, 6);
    assertThat(figures.baselineCount()).isEqualTo(2.0);
    assertThat(figures.ratio()).isEqualTo(5.0);
    assertThat(figures.distinctAccounts()).isEqualTo(6);
    assertThat(rules.alerting(figures)).isTrue();
  }

  @Test
  void theThresholdIsReachedExactlyAtItsRatio() {
    assertThat(rules.alerting(rules.figures(6, 21, 2))).isTrue(); // baseline 3, ratio 2.0
    assertThat(rules.alerting(rules.figures(5, 21, 2))).isFalse(); // ratio 1.6667
  }

  @Test
  void tooFewViolationsNeverAlertAndNoBaselineAlertsFromTheMinimum() {
    assertThat(rules.alerting(rules.figures(4, 0, 4))).isFalse();
    TrendFigures fromNothing = rules.figures(5, 0, 5);
    assertThat(fromNothing.ratio()).isZero();
    assertThat(rules.alerting(fromNothing)).isTrue();
  }
}
