package com.shopwarden.enforcement.appeal;

import com.shopwarden.contracts.enforcement.AppealOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on an appeal. */
public record AppealDecisionRequest(
    @NotNull AppealOutcome outcome, @NotBlank @Size(max = 2000) String reason) {}
