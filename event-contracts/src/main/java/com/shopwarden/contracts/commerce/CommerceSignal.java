package com.shopwarden.contracts.commerce;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import com.shopwarden.contracts.TimeWindow;
import java.time.Instant;
import java.util.UUID;

/**
 * How many commerce facts of one kind an account had in a period: orders, refunds, late dispatches
 * and the like, counted by the marketplace's order and payment platforms.
 *
 * <p>Produced by the platforms (not by the suite), one event per account, kind and period. Consumed
 * by creator-health-service, which feeds the counts into health ratings, the risk ranking and trend
 * detection. A repeated event id is a redelivery, not a second count.
 *
 * <p>Topic {@code commerce.signals}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market the market the orders belong to
 * @param occurredAt when the period was counted
 * @param accountId the seller or creator the facts are attributed to
 * @param accountType whether it is a creator's or a seller's account
 * @param kind what was counted
 * @param count how many, at least 0
 * @param period the period counted
 */
public record CommerceSignal(
    UUID eventId,
    String market,
    Instant occurredAt,
    String accountId,
    AccountType accountType,
    CommerceSignalKind kind,
    long count,
    TimeWindow period)
    implements AccountEvent {

  public CommerceSignal {
    Require.envelope(eventId, market, occurredAt);
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.present(kind, "kind");
    Require.atLeast(count, 0, "count");
    Require.present(period, "period");
  }
}
