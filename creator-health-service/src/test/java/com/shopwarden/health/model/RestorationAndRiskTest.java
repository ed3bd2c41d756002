package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewards restore only active points; risk scores are weights times transparent features. */
class RestorationAndRiskTest {

  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

  @Test
  void aRewardRestoresAtMostTheActivePointsAndCountsWithTheLatestOfThem() {
    assertThat(Restoration.amount(9, 2)).isEqualTo(2);
    assertThat(Restoration.amount(1, 2)).isEqualTo(1);
    assertThat(Restoration.amount(-3, 2)).isZero();
    List<LedgerLine> entries =
        List.of(
            new LedgerLine(4, NOW.plusSeconds(100), false),
            new LedgerLine(8, NOW.plusSeconds(300), false),
            new LedgerLine(5, NOW.plusSeconds(900), true),
            new LedgerLine(-2, NOW.plusSeconds(600), false));
    assertThat(Restoration.expiry(entries, NOW)).contains(NOW.plusSeconds(300));
    assertThat(Restoration.expiry(List.of(), NOW)).isEmpty();
  }

  @Test
  void theScoreIsTheSumOfWeightedFeatures() {
    RiskRules rules = ShippedPacks.of("DE").risk();
    RiskScore score =
        RiskScore.of(
            rules,
            Map.of(
                "activePoints", BigDecimal.valueOf(12),
                "violationVelocity", BigDecimal.valueOf(2),
                "unweighted", BigDecimal.ONE));
    assertThat(score.contributions())
        .containsEntry("activePoints", new BigDecimal("12.0000"))
        .containsEntry("violationVelocity", new BigDecimal("10.0000"))
        .containsEntry("unweighted", new BigDecimal("0.0000"));
    assertThat(score.score()).isEqualByComparingTo("22");
  }

  @Test
  void rateExcessIsPercentagePointsAboveTheBaselineOnly() {
    assertThat(RiskScore.rateExcess(10, 100, new BigDecimal("0.03"))).isEqualByComparingTo("7");
    assertThat(RiskScore.rateExcess(1, 100, new BigDecimal("0.03"))).isEqualByComparingTo("0");
    assertThat(RiskScore.rateExcess(5, 0, new BigDecimal("0.03"))).isEqualByComparingTo("0");
  }
}
