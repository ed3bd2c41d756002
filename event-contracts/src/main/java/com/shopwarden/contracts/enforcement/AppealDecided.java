package com.shopwarden.contracts.enforcement;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An appeal (internal complaint, DSA Art. 20) against a measure was decided.
 *
 * <p>Produced by enforcement-service when a reviewer decides the appeal; an {@code OVERTURNED}
 * outcome is followed by {@link ActionReversed}. Consumed by content-moderation's quality loop,
 * which counts the outcome for the strategy version that took the original decision, and by
 * notification of the account.
 *
 * <p>Topic {@code enforcement.actions}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose appeal rules applied
 * @param occurredAt when the appeal was decided
 * @param appealId the appeal
 * @param actionId the appealed measure
 * @param violationKeys the violations behind the measure; empty for a milestone measure
 * @param accountId the appealing account
 * @param accountType whether it is a creator's or a seller's account
 * @param outcome whether the measure stands
 * @param strategyId the strategy that took the original decision; {@code null} when no strategy did
 * @param strategyVersion that strategy's version; present exactly when {@code strategyId} is
 */
public record AppealDecided(
    UUID eventId,
    String market,
    Instant occurredAt,
    String appealId,
    String actionId,
    List<String> violationKeys,
    String accountId,
    AccountType accountType,
    AppealOutcome outcome,
    String strategyId,
    Integer strategyVersion)
    implements AccountEvent {

  public AppealDecided {
    Require.envelope(eventId, market, occurredAt);
    Require.text(appealId, "appealId");
    Require.text(actionId, "actionId");
    violationKeys = Require.texts(violationKeys, "violationKeys");
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.present(outcome, "outcome");
    Require.strategyPair(strategyId, strategyVersion);
  }
}
