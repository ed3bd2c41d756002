package com.shopwarden.health.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One account in the risk queue, with why it ranks there.
 *
 * @param accountId the account
 * @param accountType CREATOR or SELLER
 * @param score the sum of the contributions
 * @param features each feature's value
 * @param contributions each feature's weight × value
 * @param updatedAt when the score was last recomputed (on the account's latest event)
 */
public record RiskQueueEntry(
    String accountId,
    String accountType,
    BigDecimal score,
    Map<String, BigDecimal> features,
    Map<String, BigDecimal> contributions,
    Instant updatedAt) {}
