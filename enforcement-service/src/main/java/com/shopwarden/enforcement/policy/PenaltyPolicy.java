package com.shopwarden.enforcement.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned penalty policy: what each violation costs, which milestones apply account-level
 * measures, the repeat rules, appeal windows and statement mappings. Shipped as JSON resources per
 * model (see docs/enforcement.md) and bound to the markets it lists.
 *
 * @param model the model's name, e.g. {@code sea-points}
 * @param version the policy version recorded on every violation and measure it priced
 * @param markets the market codes the policy applies to
 * @param scale points (worsening = rising) or rating (worsening = falling)
 * @param pointsExpiryDays days after which points (or deductions) expire on the health ledger
 * @param warningWithinPoints distance to the next milestone at which the account is warned
 * @param violations the rule for each policy code
 * @param milestones the account-level measures per milestone
 * @param repeatRule the same-policy repeat rule
 * @param repeatInfringer the measure for a repeat infringer (DMCA 512(i))
 * @param appeals the appeal windows
 * @param milestoneStatement statement mapping of milestone measures
 * @param repeatInfringerStatement statement mapping of the repeat-infringer measure
 */
public record PenaltyPolicy(
    String model,
    String version,
    List<String> markets,
    Scale scale,
    int pointsExpiryDays,
    int warningWithinPoints,
    Map<String, PolicyRule> violations,
    List<MilestoneRule> milestones,
    RepeatRule repeatRule,
    MeasureSpec repeatInfringer,
    AppealRules appeals,
    StatementMapping milestoneStatement,
    StatementMapping repeatInfringerStatement) {

  public PenaltyPolicy {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(repeatRule, "repeatRule");
    Objects.requireNonNull(repeatInfringer, "repeatInfringer");
    Objects.requireNonNull(appeals, "appeals");
    Objects.requireNonNull(milestoneStatement, "milestoneStatement");
    Objects.requireNonNull(repeatInfringerStatement, "repeatInfringerStatement");
    markets = List.copyOf(markets);
    violations = Map.copyOf(violations);
    // Kept in the order an account worsens through them.
    Comparator<MilestoneRule> worsening = Comparator.comparingInt(MilestoneRule::at);
    milestones =
        List.copyOf(
            milestones.stream()
                .sorted(scale == Scale.POINTS ? worsening : worsening.reversed())
                .toList());
  }

  /** The rule of a policy code. */
  public Optional<PolicyRule> rule(String policyCode) {
    return Optional.ofNullable(violations.get(policyCode));
  }

  /** The milestone rule at a value. */
  public Optional<MilestoneRule> milestone(int at) {
    return milestones.stream().filter(m -> m.at() == at).findFirst();
  }
}
