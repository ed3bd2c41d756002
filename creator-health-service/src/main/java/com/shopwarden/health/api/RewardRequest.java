package com.shopwarden.health.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reward earned by an account, such as a completed policy course.
 *
 * @param market the market whose pack defines the reward
 * @param reward the reward's code in that pack (e.g. POLICY_COURSE)
 * @param reference the caller's id of what earned it (e.g. the course completion); a repeat with
 *     the same reference returns the original grant
 */
public record RewardRequest(
    @NotBlank @Size(max = 8) String market,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z0-9_]+") String reward,
    @NotBlank @Size(max = 128) String reference) {}
