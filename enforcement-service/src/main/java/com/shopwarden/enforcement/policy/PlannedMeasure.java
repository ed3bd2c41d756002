package com.shopwarden.enforcement.policy;

import com.shopwarden.contracts.enforcement.MeasureType;
import java.time.Instant;

/**
 * A measure the policy prescribes for one occasion, with exact dates.
 *
 * @param type what it restricts
 * @param startsAt when it takes effect
 * @param endsAt when it ends by its own duration; {@code null} when it lasts until reversed
 * @param points the points it states (only the content measure of a violation carries any)
 */
public record PlannedMeasure(MeasureType type, Instant startsAt, Instant endsAt, int points) {}
