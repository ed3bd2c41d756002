package com.shopwarden.enforcement.policy;

import com.shopwarden.contracts.Severity;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One policy code of a penalty policy: a rule for every severity and how statements explain it.
 *
 * @param ip whether the policy protects intellectual property (appeal rules and reviewers differ)
 * @param severities the rule for each of the four severities
 * @param statement the statement-of-reasons mapping of the policy
 */
public record PolicyRule(
    boolean ip, Map<Severity, SeverityRule> severities, StatementMapping statement) {

  public PolicyRule {
    Objects.requireNonNull(severities, "severities");
    Objects.requireNonNull(statement, "statement");
    for (Severity severity : Severity.values()) {
      if (!severities.containsKey(severity)) {
        throw new IllegalArgumentException("no rule for severity " + severity);
      }
    }
    severities = Map.copyOf(new EnumMap<>(severities));
  }
}
