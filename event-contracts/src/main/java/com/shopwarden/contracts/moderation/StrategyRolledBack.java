package com.shopwarden.contracts.moderation;

import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A strategy version was taken out of service because its measured quality fell below the market's
 * floor (or a policy admin pulled it); the previous version decides again.
 *
 * <p>Produced by content-moderation's quality loop. Consumed by alerting and notification of the
 * policy team, and by tooling that re-reviews the decisions the version took.
 *
 * <p>Topic {@code moderation.alerts}, key {@code strategyId}: one strategy's rollbacks stay
 * ordered.
 *
 * @param eventId unique id of this event
 * @param market market code the strategy serves
 * @param occurredAt when the version was rolled back
 * @param strategyId the strategy
 * @param strategyVersion the version taken out of service, from 1
 * @param reason a short code of why, e.g. {@code OVERTURN_RATE_ABOVE_CEILING} or {@code MANUAL}
 * @param figures the quality figures that led to it
 */
public record StrategyRolledBack(
    UUID eventId,
    String market,
    Instant occurredAt,
    String strategyId,
    int strategyVersion,
    String reason,
    StrategyQualityFigures figures)
    implements DomainEvent {

  public StrategyRolledBack {
    Require.envelope(eventId, market, occurredAt);
    Require.text(strategyId, "strategyId");
    Require.atLeast(strategyVersion, 1, "strategyVersion");
    Require.text(reason, "reason");
    Require.present(figures, "figures");
  }

  /** The strategy id: one strategy's rollbacks stay ordered. */
  @Override
  public String partitionKey() {
    return strategyId;
  }
}
