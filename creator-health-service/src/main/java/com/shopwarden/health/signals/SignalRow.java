package com.shopwarden.health.signals;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import java.time.Instant;

/**
 * One validated commerce count, from an event or a batch row.
 *
 * @param market market code
 * @param accountId the account the facts are attributed to
 * @param accountType creator or seller
 * @param kind what was counted
 * @param count how many, at least 0
 * @param periodStart first instant of the period counted
 * @param periodEnd first instant after it
 */
public record SignalRow(
    String market,
    String accountId,
    AccountType accountType,
    CommerceSignalKind kind,
    long count,
    Instant periodStart,
    Instant periodEnd) {}
