package com.shopwarden.moderation.strategy;

import com.shopwarden.contracts.Severity;
import java.util.Map;
import java.util.UUID;

/**
 * A strategy version ready to evaluate.
 *
 * @param id the strategy's id
 * @param name its name within the market
 * @param version the version evaluated
 * @param action what a match means
 * @param policyCode the policy a match violates (or, for ALLOW, the policy it clears)
 * @param severity the severity of a match
 * @param reasonTemplate reason text with placeholders ({@code {terms}}, {@code {lists}}, {@code
 *     {policyCode}}, {@code {severity}}, {@code {strategy}})
 * @param expression the compiled expression
 * @param stage the version's lifecycle stage (SHADOW, CANARY or ACTIVE: the others are not loaded)
 * @param emergency whether it is an emergency rule (ACTIVE until its expiry)
 */
public record CompiledStrategy(
    UUID id,
    String name,
    int version,
    Action action,
    String policyCode,
    Severity severity,
    String reasonTemplate,
    StrategyCompiler.Compiled expression,
    Stage stage,
    boolean emergency) {

  /** An ACTIVE strategy that is not an emergency rule. */
  public CompiledStrategy(
      UUID id,
      String name,
      int version,
      Action action,
      String policyCode,
      Severity severity,
      String reasonTemplate,
      StrategyCompiler.Compiled expression) {
    this(
        id,
        name,
        version,
        action,
        policyCode,
        severity,
        reasonTemplate,
        expression,
        Stage.ACTIVE,
        false);
  }

  /** The stage a hit records: {@code EMERGENCY} for emergency rules, else the stage's name. */
  public String hitStage() {
    return emergency ? "EMERGENCY" : stage.name();
  }

  public boolean matches(Map<String, Object> variables) {
    return expression.matches(variables);
  }
}
