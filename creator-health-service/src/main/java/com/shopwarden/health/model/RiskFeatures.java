package com.shopwarden.health.model;

import com.shopwarden.contracts.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The risk features that come from an account's age and the policies and severities of its
 * violations. Pure, so the values can be recomputed and tested exactly. Each method adds its
 * features to {@code features} and answers the next instant a value changes with nobody acting
 * (when a window slides past a violation or the account stops being new), or {@code null}.
 */
public final class RiskFeatures {

  /** 1 while the account is younger than the pack's {@code newAccountDays}, else 0. */
  public static final String NEW_ACCOUNT = "newAccount";

  /** Whole days since the service first saw the account, shown beside {@link #NEW_ACCOUNT}. */
  public static final String ACCOUNT_AGE_DAYS = "accountAgeDays";

  /** Family of {@code policyRepeats.<POLICY>}. */
  public static final String POLICY_REPEATS = "policyRepeats";

  /** Family of {@code severity.<LEVEL>}. */
  public static final String SEVERITY = "severity";

  private RiskFeatures() {}

  /**
   * A violation as the repeat feature needs it.
   *
   * @param policyCode the violated policy; null for events that did not say
   * @param issuedAt when its points were issued
   */
  public record PolicyViolation(String policyCode, Instant issuedAt) {}

  /**
   * Account age: {@code accountAgeDays} and {@code newAccount}; nothing when the service knows no
   * instant the account existed at.
   */
  public static Instant age(
      RiskRules rules, Instant firstSeen, Instant now, Map<String, BigDecimal> features) {
    if (firstSeen == null) {
      return null;
    }
    long days = Math.max(0, Duration.between(firstSeen, now).toDays());
    Instant grown = firstSeen.plus(Duration.ofDays(rules.newAccountDays()));
    boolean young = now.isBefore(grown);
    features.put(ACCOUNT_AGE_DAYS, BigDecimal.valueOf(days));
    features.put(NEW_ACCOUNT, young ? BigDecimal.ONE : BigDecimal.ZERO);
    return young ? grown : null;
  }

  /**
   * Repeat patterns: for each policy violated more than once in the last {@code repeatDays}, {@code
   * policyRepeats.<POLICY>} = its violations there minus the first. Violations without a policy
   * code are not counted. {@code recent} holds the account's violations that are not voided.
   */
  public static Instant policyRepeats(
      RiskRules rules,
      List<PolicyViolation> recent,
      Instant now,
      Map<String, BigDecimal> features) {
    Duration window = Duration.ofDays(rules.repeatDays());
    Instant since = now.minus(window);
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Instant> oldest = new TreeMap<>();
    for (PolicyViolation violation : recent) {
      if (violation.policyCode() == null || !violation.issuedAt().isAfter(since)) {
        continue;
      }
      counts.merge(violation.policyCode(), 1L, Long::sum);
      oldest.merge(violation.policyCode(), violation.issuedAt(), (a, b) -> a.isBefore(b) ? a : b);
    }
    Instant next = null;
    for (Map.Entry<String, Long> policy : counts.entrySet()) {
      if (policy.getValue() < 2) {
        continue;
      }
      features.put(
          POLICY_REPEATS + "." + policy.getKey(), BigDecimal.valueOf(policy.getValue() - 1));
      // The count drops when the policy's oldest violation leaves the window.
      Instant leaves = oldest.get(policy.getKey()).plus(window);
      next = next == null || leaves.isBefore(next) ? leaves : next;
    }
    return next;
  }

  /**
   * The severity mix: {@code severity.<LEVEL>} = active violations of each level, every level
   * listed (0 when none). Violations whose severity is unknown (older events) are not counted.
   */
  public static void severityMix(List<String> activeSeverities, Map<String, BigDecimal> features) {
    for (Severity level : Severity.values()) {
      long count = activeSeverities.stream().filter(level.name()::equals).count();
      features.put(SEVERITY + "." + level.name(), BigDecimal.valueOf(count));
    }
  }
}
