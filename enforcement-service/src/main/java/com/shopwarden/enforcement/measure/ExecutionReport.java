package com.shopwarden.enforcement.measure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A platform's report on carrying a measure out; a failure needs its reason. */
public record ExecutionReport(@NotNull ExecutionStatus status, @Size(max = 1000) String reason) {}
