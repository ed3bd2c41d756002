package com.shopwarden.health.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a market ranks accounts for investigators: transparent features, each multiplied by its
 * weight; the score is the sum of the contributions.
 *
 * <p>Features: {@code activePoints} (active violation points), {@code violationVelocity}
 * (violations booked in the last {@code velocityDays}), {@code severeViolations} (active violations
 * of at least {@code severePoints}), {@code tierDrops} (tier worsenings in the last {@code
 * tierDropDays}) and {@code rateExcess.<KIND>} (how many percentage points the account's rate of a
 * commerce signal kind per order over the last {@code signalDays} lies above the market's baseline;
 * 0 when below).
 *
 * @param velocityDays days counted for violation velocity
 * @param severePoints points from which a violation counts as severe
 * @param tierDropDays days counted for tier drops
 * @param signalDays days of commerce signals the rates cover
 * @param weights feature name to weight; a feature without a weight contributes 0
 * @param baselines commerce signal kind to the market's usual rate per order
 */
public record RiskRules(
    int velocityDays,
    int severePoints,
    int tierDropDays,
    int signalDays,
    Map<String, BigDecimal> weights,
    Map<String, BigDecimal> baselines) {

  public RiskRules {
    PackCheck.that(velocityDays > 0, "risk.velocityDays must be above 0");
    PackCheck.that(severePoints > 0, "risk.severePoints must be above 0");
    PackCheck.that(tierDropDays > 0, "risk.tierDropDays must be above 0");
    PackCheck.that(signalDays > 0, "risk.signalDays must be above 0");
    weights = Map.copyOf(PackCheck.present(weights, "risk.weights"));
    baselines = Map.copyOf(PackCheck.present(baselines, "risk.baselines"));
  }
}
