package com.shopwarden.moderation.lifecycle;

import com.shopwarden.moderation.strategy.Stage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Moves a strategy version to another stage.
 *
 * @param version the version to move; the latest when absent
 * @param target the stage to move it to (one of the stages its current stage allows); a string
 *     checked by pattern so that an unknown stage is a validation problem naming the field
 * @param reason why, kept in the transition history
 */
public record TransitionRequest(
    @Min(1) @Max(1_000_000) Integer version,
    @NotNull @Pattern(regexp = "DRAFT|SHADOW|CANARY|ACTIVE|RETIRED") String target,
    @NotBlank @Size(max = 500) String reason) {

  Stage stage() {
    return Stage.valueOf(target);
  }
}
