package com.shopwarden.health.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One active ledger entry.
 *
 * @param entryId the entry
 * @param kind VIOLATION or REWARD
 * @param points signed points (rewards are negative)
 * @param reason why it is on the ledger
 * @param actionId the enforcement measure that booked it, if any
 * @param measureType that measure's type, if any
 * @param violationKeys the violations it answers
 * @param policyCode the violated policy, when enforcement stated it
 * @param severity the violation's severity, when enforcement stated it
 * @param issuedAt when it was booked
 * @param expiresAt the first instant it no longer counts
 */
public record EntryView(
    UUID entryId,
    String kind,
    int points,
    String reason,
    String actionId,
    String measureType,
    List<String> violationKeys,
    String policyCode,
    String severity,
    Instant issuedAt,
    Instant expiresAt) {}
