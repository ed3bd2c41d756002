package com.shopwarden.health.api;

import java.time.Instant;

/**
 * One tier change.
 *
 * @param from the tier before
 * @param to the tier after
 * @param figure the points or rating that brought it
 * @param changedAt when it changed
 */
public record TierChangeView(String from, String to, int figure, Instant changedAt) {}
