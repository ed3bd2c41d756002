package com.shopwarden.health.api;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import java.time.Instant;

/**
 * One count in a batch; checked by the service so a failure names its row ({@code
 * signals[3].count}).
 *
 * @param market a served market code
 * @param accountId the account the facts are attributed to, at most 128 characters
 * @param accountType CREATOR or SELLER
 * @param kind what was counted
 * @param count how many, at least 0
 * @param periodStart first instant of the period
 * @param periodEnd first instant after the period; after the start and not in the future
 */
public record SignalBatchRow(
    String market,
    String accountId,
    AccountType accountType,
    CommerceSignalKind kind,
    Long count,
    Instant periodStart,
    Instant periodEnd) {}
