package com.shopwarden.moderation.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A backtest of one strategy version over stored content.
 *
 * @param version the version to run; the latest when absent (usually a DRAFT)
 * @param from first instant of the items' receipt (ISO-8601)
 * @param to first instant after the range
 * @param limit items to run over at most, oldest first (1..1000, default 500)
 */
public record BacktestRequest(
    @Min(1) @Max(1_000_000) Integer version,
    @NotBlank @Size(max = 40) String from,
    @NotBlank @Size(max = 40) String to,
    @Min(1) @Max(1000) Integer limit) {}
