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
 * 0 when below), {@code newAccount} (1 while the account is younger than {@code newAccountDays}
 * since the service first saw it, else 0) with {@code accountAgeDays} beside it, {@code
 * policyRepeats.<POLICY>} (violations of a policy in the last {@code repeatDays} beyond its first)
 * and {@code severity.<LEVEL>} (active violations by the severity enforcement stated). See {@link
 * RiskFeatures}.
 *
 * <p>A feature's weight is {@code weights[name]}, or for a name with a dot and no weight of its
 * own, the weight of its family ({@code weights["policyRepeats"]} for {@code
 * policyRepeats.COUNTERFEIT}), so policies need not be listed one by one.
 *
 * @param velocityDays days counted for violation velocity
 * @param severePoints points from which a violation counts as severe
 * @param tierDropDays days counted for tier drops
 * @param signalDays days of commerce signals the rates cover
 * @param newAccountDays days from first seen during which an account counts as new (default 30)
 * @param repeatDays days in which violations of the same policy count as repeats (default 90)
 * @param weights feature name to weight; a feature without a weight contributes 0
 * @param baselines commerce signal kind to the market's usual rate per order
 */
public record RiskRules(
    int velocityDays,
    int severePoints,
    int tierDropDays,
    int signalDays,
    Integer newAccountDays,
    Integer repeatDays,
    Map<String, BigDecimal> weights,
    Map<String, BigDecimal> baselines) {

  /** Days an account counts as new when the pack does not say. */
  public static final int DEFAULT_NEW_ACCOUNT_DAYS = 30;

  /** Days of the repeat window when the pack does not say. */
  public static final int DEFAULT_REPEAT_DAYS = 90;

  public RiskRules {
    PackCheck.that(velocityDays > 0, "risk.velocityDays must be above 0");
    PackCheck.that(severePoints > 0, "risk.severePoints must be above 0");
    PackCheck.that(tierDropDays > 0, "risk.tierDropDays must be above 0");
    PackCheck.that(signalDays > 0, "risk.signalDays must be above 0");
    // Optional in a pack, so packs written before these features still load.
    newAccountDays = newAccountDays == null ? DEFAULT_NEW_ACCOUNT_DAYS : newAccountDays;
    repeatDays = repeatDays == null ? DEFAULT_REPEAT_DAYS : repeatDays;
    PackCheck.that(newAccountDays > 0, "risk.newAccountDays must be above 0");
    PackCheck.that(repeatDays > 0, "risk.repeatDays must be above 0");
    weights = Map.copyOf(PackCheck.present(weights, "risk.weights"));
    baselines = Map.copyOf(PackCheck.present(baselines, "risk.baselines"));
  }

  /**
   * The weight of a feature: its own, else its family's (the name before the first dot), else 0.
   */
  public BigDecimal weightOf(String feature) {
    BigDecimal own = weights.get(feature);
    if (own != null) {
      return own;
    }
    int dot = feature.indexOf('.');
    return dot < 0
        ? BigDecimal.ZERO
        : weights.getOrDefault(feature.substring(0, dot), BigDecimal.ZERO);
  }
}
