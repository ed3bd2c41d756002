package com.shopwarden.enforcement.policy;

import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.MilestoneCrossing;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Pure evaluation of a penalty policy: which measures an occasion calls for, with their exact
 * dates. Durations are calendar days in the market's legal time zone, so a 7-day measure ends at
 * the same local time a week later even across a daylight-saving change.
 */
public final class PenaltyLadder {

  private PenaltyLadder() {}

  /**
   * The content-level measure of a violation; it carries the violation's points.
   *
   * @throws UnknownPolicyException when the policy has no such code
   */
  public static PlannedMeasure forViolation(
      PenaltyPolicy policy,
      String market,
      String policyCode,
      Severity severity,
      ContentKind kind,
      Instant at,
      ZoneId zone) {
    PolicyRule rule =
        policy.rule(policyCode).orElseThrow(() -> new UnknownPolicyException(market, policyCode));
    SeverityRule price = rule.severities().get(severity);
    MeasureType type = price.measure();
    // A listing is not removed like a video: it is taken off sale.
    if (type == MeasureType.REMOVE_CONTENT && kind == ContentKind.PRODUCT_LISTING) {
      type = MeasureType.DELIST_PRODUCT;
    }
    return new PlannedMeasure(type, at, end(at, price.days(), zone), price.points());
  }

  /**
   * The account-level measures of a milestone crossing; none when the account recovered across it
   * (milestone measures end by their own duration) or the policy has no such milestone.
   */
  public static List<PlannedMeasure> forMilestone(
      PenaltyPolicy policy, MilestoneCrossing crossing, Instant at, ZoneId zone) {
    Direction worsening = policy.scale() == Scale.POINTS ? Direction.UP : Direction.DOWN;
    if (crossing == null || crossing.direction() != worsening) {
      return List.of();
    }
    return policy
        .milestone(crossing.milestone())
        .map(
            rule ->
                rule.measures().stream()
                    .map(spec -> new PlannedMeasure(spec.type(), at, end(at, spec.days(), zone), 0))
                    .toList())
        .orElse(List.of());
  }

  /**
   * The repeat rule's measure when the count of one policy's violations in the window has just
   * reached the rule's number; it carries no points (the violations carried them already).
   */
  public static Optional<PlannedMeasure> forRepeat(
      PenaltyPolicy policy, long occurrencesInWindow, Instant at, ZoneId zone) {
    RepeatRule rule = policy.repeatRule();
    if (occurrencesInWindow != rule.occurrences()) {
      return Optional.empty();
    }
    MeasureSpec spec = rule.measure();
    return Optional.of(new PlannedMeasure(spec.type(), at, end(at, spec.days(), zone), 0));
  }

  /** Start of the repeat rule's window ending at {@code at}. */
  public static Instant repeatWindowStart(PenaltyPolicy policy, Instant at, ZoneId zone) {
    return at.atZone(zone).minusDays(policy.repeatRule().windowDays()).toInstant();
  }

  /** The measure for an account that reached the repeat-infringer threshold. */
  public static PlannedMeasure forRepeatInfringer(PenaltyPolicy policy, Instant at, ZoneId zone) {
    MeasureSpec spec = policy.repeatInfringer();
    return new PlannedMeasure(spec.type(), at, end(at, spec.days(), zone), 0);
  }

  private static Instant end(Instant at, Integer days, ZoneId zone) {
    return days == null ? null : at.atZone(zone).plusDays(days).toInstant();
  }
}
