package com.shopwarden.moderation.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Puts an earlier version of a strategy back in force in one call.
 *
 * @param version the earlier version to make ACTIVE
 * @param reason why, kept in the transition history and sent with {@code StrategyRolledBack}
 */
public record RollbackRequest(
    @NotNull @Min(1) @Max(1_000_000) Integer version, @NotBlank @Size(max = 500) String reason) {}
