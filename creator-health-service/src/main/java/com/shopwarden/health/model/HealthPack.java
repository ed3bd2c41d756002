package com.shopwarden.health.model;

import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.Tier;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One market's health pack: its model, tier bands, privileges per tier, which measures block which
 * privileges, and its rewards. Shipped as {@code markets/<CODE>/health.json}; a deployment mounts
 * its own with {@code shopwarden.health.packs-dir}.
 *
 * @param market the market code
 * @param version the pack's version, recorded with every change it causes
 * @param note what the pack models and where its values come from, for the policy team
 * @param model which figure the market uses
 * @param points the points model's rules; present exactly when {@code model} is POINTS
 * @param rating the rating model's rules; present exactly when {@code model} is RATING
 * @param bands tier bands in ascending figure order, covering every figure without gaps
 * @param suspendingMeasures measures that put the account in the SUSPENDED tier while in force
 * @param privileges each tier's eligibility, rewards, commission rate and listing quota
 * @param restrictionBlocks for each account-level measure, the privilege codes it blocks while in
 *     force; measures not listed do not touch privileges
 * @param rewards reward code to its rule
 * @param cleanRecord recovery for a clean record; {@code null} where points only expire
 * @param risk the risk ranking's features and weights
 * @param trends when violations of a policy trend enough to alert
 * @param recentViolationDays the window of {@code HealthChanged.recentViolations}: violations
 *     issued in the last this many days (default 90)
 */
public record HealthPack(
    String market,
    String version,
    String note,
    ModelKind model,
    PointsRules points,
    RatingRules rating,
    List<TierBand> bands,
    Set<MeasureType> suspendingMeasures,
    Map<Tier, TierPrivileges> privileges,
    Map<MeasureType, List<String>> restrictionBlocks,
    Map<String, RewardRule> rewards,
    CleanRecordRule cleanRecord,
    RiskRules risk,
    TrendRules trends,
    Integer recentViolationDays) {

  /** The recent-violation window when the pack does not say. */
  public static final int DEFAULT_RECENT_VIOLATION_DAYS = 90;

  public HealthPack {
    PackCheck.present(market, "market");
    PackCheck.present(version, "version");
    PackCheck.present(model, "model");
    PackCheck.that(
        (model == ModelKind.POINTS) == (points != null)
            && (model == ModelKind.RATING) == (rating != null),
        "exactly the rules of the chosen model (points or rating) are required");
    bands = List.copyOf(PackCheck.present(bands, "bands"));
    checkBands(bands, model == ModelKind.RATING ? rating.max() : null);
    suspendingMeasures =
        suspendingMeasures == null || suspendingMeasures.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(suspendingMeasures));
    privileges = Map.copyOf(PackCheck.present(privileges, "privileges"));
    for (Tier tier : Tier.values()) {
      PackCheck.that(privileges.containsKey(tier), "privileges." + tier + " is required");
    }
    restrictionBlocks = restrictionBlocks == null ? Map.of() : Map.copyOf(restrictionBlocks);
    rewards = rewards == null ? Map.of() : Map.copyOf(rewards);
    PackCheck.present(risk, "risk");
    PackCheck.present(trends, "trends");
    recentViolationDays =
        recentViolationDays == null ? DEFAULT_RECENT_VIOLATION_DAYS : recentViolationDays;
    PackCheck.that(recentViolationDays > 0, "recentViolationDays must be above 0");
    PackCheck.that(
        !rewards.containsKey(CleanRecordRule.CODE),
        "rewards must not use the code " + CleanRecordRule.CODE + ", which cleanRecord uses");
  }

  /** The rules of the market's model. */
  public HealthScale scale() {
    return model == ModelKind.POINTS ? points : rating;
  }

  /** The tier whose band holds {@code figure}. */
  public Tier tierOf(int figure) {
    return bands.stream()
        .filter(band -> band.contains(figure))
        .findFirst()
        .map(TierBand::tier)
        .orElseThrow(() -> new IllegalArgumentException("no band holds " + figure));
  }

  private static void checkBands(List<TierBand> bands, Integer top) {
    PackCheck.that(!bands.isEmpty(), "bands must not be empty");
    PackCheck.that(bands.get(0).min() == 0, "bands must start at 0");
    for (int i = 1; i < bands.size(); i++) {
      Integer previousMax = bands.get(i - 1).max();
      PackCheck.that(
          previousMax != null && bands.get(i).min() == previousMax + 1,
          "bands must follow each other without gaps or overlaps");
    }
    Integer lastMax = bands.get(bands.size() - 1).max();
    PackCheck.that(
        top == null ? lastMax == null : top.equals(lastMax),
        top == null
            ? "the last points band must be open-ended (no max)"
            : "the last rating band must end at rating.max");
  }
}
