package com.shopwarden.moderation.lifecycle;

import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.StrategyRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An emergency rule: a new strategy in force at once in one market, until {@code expiresAt}.
 *
 * @param name the new strategy's name (it must not exist yet in the market)
 * @param expiresAt when it retires on its own; after now and within the market's {@code
 *     emergencyMaxHours}
 * @param reason why it cannot wait for the lifecycle
 */
public record EmergencyRequest(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String name,
    @NotBlank @Size(max = 4000) String expression,
    @NotNull Action action,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String policyCode,
    @NotNull Severity severity,
    @NotBlank @Size(max = 500) String reasonTemplate,
    @NotNull Instant expiresAt,
    @NotBlank @Size(max = 500) String reason) {

  StrategyRequest strategy() {
    return new StrategyRequest(expression, action, policyCode, severity, reasonTemplate);
  }
}
