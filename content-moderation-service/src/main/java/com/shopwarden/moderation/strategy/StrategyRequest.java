package com.shopwarden.moderation.strategy;

import com.shopwarden.contracts.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new version of a strategy.
 *
 * @param expression CEL expression over {@code content}, {@code signals} and {@code account}
 * @param action what a match means
 * @param policyCode the policy code in the market's pack
 * @param severity severity of a match
 * @param reasonTemplate reason shown to people, with placeholders
 */
public record StrategyRequest(
    @NotBlank @Size(max = 4000) String expression,
    @NotNull Action action,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String policyCode,
    @NotNull Severity severity,
    @NotBlank @Size(max = 500) String reasonTemplate) {}
