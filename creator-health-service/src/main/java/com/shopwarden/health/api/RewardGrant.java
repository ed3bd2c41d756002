package com.shopwarden.health.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A reward booked on the ledger.
 *
 * @param entryId the ledger entry
 * @param reward the reward's code
 * @param reference the caller's reference
 * @param pointsRestored points the reward restored
 * @param grantedAt when it was booked
 * @param countsUntil when the restoration stops counting (with the points it offsets)
 * @param nextEligibleAt the first instant the reward can be granted again
 */
public record RewardGrant(
    UUID entryId,
    String reward,
    String reference,
    int pointsRestored,
    Instant grantedAt,
    Instant countsUntil,
    Instant nextEligibleAt) {}
