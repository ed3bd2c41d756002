package com.shopwarden.health.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A batch of commerce counts from a platform. It is stored whole or not at all: a bad row rejects
 * the batch, naming the row.
 *
 * @param signals the counts, 1 to 500
 */
public record SignalBatch(@NotNull @Size(min = 1, max = 500) List<SignalBatchRow> signals) {}
