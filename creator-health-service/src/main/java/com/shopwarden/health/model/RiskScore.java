package com.shopwarden.health.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's risk score with each feature's value and contribution, so an investigator sees why
 * an account ranks where it does.
 *
 * @param score the sum of the contributions
 * @param features feature name to its value
 * @param contributions feature name to {@code weight × value}
 */
public record RiskScore(
    BigDecimal score, Map<String, BigDecimal> features, Map<String, BigDecimal> contributions) {

  private static final int SCALE = 4;

  /** Scores the features with the market's weights. */
  public static RiskScore of(RiskRules rules, Map<String, BigDecimal> features) {
    Map<String, BigDecimal> values = new TreeMap<>();
    Map<String, BigDecimal> contributions = new TreeMap<>();
    BigDecimal score = BigDecimal.ZERO.setScale(SCALE);
    for (Map.Entry<String, BigDecimal> feature : features.entrySet()) {
      BigDecimal value = feature.getValue().setScale(SCALE, RoundingMode.HALF_UP);
      BigDecimal weight = rules.weightOf(feature.getKey());
      BigDecimal contribution = weight.multiply(value).setScale(SCALE, RoundingMode.HALF_UP);
      values.put(feature.getKey(), value);
      contributions.put(feature.getKey(), contribution);
      score = score.add(contribution);
    }
    return new RiskScore(score, values, contributions);
  }

  /**
   * Percentage points by which {@code count / orders} exceeds {@code baseline}; 0 when below it or
   * when there were no orders.
   */
  public static BigDecimal rateExcess(long count, long orders, BigDecimal baseline) {
    if (orders <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal rate =
        BigDecimal.valueOf(count).divide(BigDecimal.valueOf(orders), 8, RoundingMode.HALF_UP);
    BigDecimal excess = rate.subtract(baseline).multiply(BigDecimal.valueOf(100));
    return excess.signum() > 0 ? excess : BigDecimal.ZERO;
  }
}
