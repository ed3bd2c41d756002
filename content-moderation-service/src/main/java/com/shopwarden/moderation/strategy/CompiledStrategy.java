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
 */
public record CompiledStrategy(
    UUID id,
    String name,
    int version,
    Action action,
    String policyCode,
    Severity severity,
    String reasonTemplate,
    StrategyCompiler.Compiled expression) {

  public boolean matches(Map<String, Object> variables) {
    return expression.matches(variables);
  }
}
