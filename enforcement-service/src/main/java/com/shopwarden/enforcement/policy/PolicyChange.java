package com.shopwarden.enforcement.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A policy admin's new version of a penalty policy model, with why it changes. */
public record PolicyChange(
    @NotNull PenaltyPolicy policy, @NotBlank @Size(max = 1000) String reason) {}
