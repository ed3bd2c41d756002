package com.shopwarden.enforcement.measure;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Severity;
import com.shopwarden.enforcement.policy.PlannedMeasure;
import com.shopwarden.enforcement.policy.StatementMapping;
import com.shopwarden.enforcement.violation.Violation;
import com.shopwarden.market.Market;
import java.util.List;

/**
 * Everything needed to apply one measure.
 *
 * @param market the market whose policy applied
 * @param accountId the restricted account
 * @param accountType its kind
 * @param plan the measure with its dates and points
 * @param violationKeys the violations it answers (empty for milestone measures)
 * @param policyCode the policy of those violations; {@code null} when they have no single policy
 * @param severity the severity of the violation it answers (repeat rule: of the one that completed
 *     the count); {@code null} exactly when {@code policyCode} is
 * @param decidedBy who decided it
 * @param trigger what made enforcement apply it
 * @param triggerKey unique per occasion: a repeat of the occasion applies nothing
 * @param policyVersion the policy version that priced it
 * @param violation the violation whose facts the statement of reasons states; {@code null} for
 *     account-level measures that answer no single content item
 * @param statement the statement mapping to explain it with
 * @param actor who or what applied it, for the audit chain
 */
public record NewMeasure(
    Market market,
    String accountId,
    AccountType accountType,
    PlannedMeasure plan,
    List<String> violationKeys,
    String policyCode,
    Severity severity,
    DecisionMode decidedBy,
    TriggerKind trigger,
    String triggerKey,
    String policyVersion,
    Violation violation,
    StatementMapping statement,
    String actor) {

  public NewMeasure {
    if ((policyCode == null) != (severity == null)) {
      throw new IllegalArgumentException("policyCode and severity come together or not at all");
    }
  }
}
