package com.shopwarden.health;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.CloudEventAttributes;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.ActionExpired;
import com.shopwarden.contracts.enforcement.ActionReversed;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.testing.TestKafka;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Enforcement's measure events as the tests send them. */
final class Measures {

  private static final EventJson JSON = new EventJson();

  private Measures() {}

  static ActionApplied applied(
      String market,
      String accountId,
      String actionId,
      MeasureType type,
      int points,
      Instant at,
      Instant endsAt,
      String... violationKeys) {
    return new ActionApplied(
        UUID.randomUUID(),
        market,
        at,
        actionId,
        List.of(violationKeys),
        accountId,
        AccountType.SELLER,
        type,
        at,
        endsAt,
        points,
        DecisionMode.HUMAN,
        null);
  }

  /**
   * A measure answering one violation of a policy, as enforcement states it since the contract has
   * carried the violation's policy and severity.
   */
  static ActionApplied violation(
      String market,
      String accountId,
      String actionId,
      int points,
      Instant at,
      String policyCode,
      Severity severity,
      String violationKey) {
    return new ActionApplied(
        UUID.randomUUID(),
        market,
        at,
        actionId,
        List.of(violationKey),
        accountId,
        AccountType.SELLER,
        MeasureType.DELIST_PRODUCT,
        at,
        null,
        points,
        DecisionMode.HUMAN,
        null,
        policyCode,
        severity);
  }

  static ActionReversed reversed(ActionApplied applied, Instant at) {
    return new ActionReversed(
        UUID.randomUUID(),
        applied.market(),
        at,
        applied.actionId(),
        applied.violationKeys(),
        applied.accountId(),
        applied.accountType(),
        applied.type(),
        applied.startsAt(),
        applied.endsAt(),
        applied.points(),
        applied.decidedBy(),
        ReversalReason.APPEAL_OVERTURNED,
        null);
  }

  static ActionExpired expired(ActionApplied applied, Instant at) {
    return new ActionExpired(
        UUID.randomUUID(),
        applied.market(),
        at,
        applied.actionId(),
        applied.violationKeys(),
        applied.accountId(),
        applied.accountType(),
        applied.type(),
        applied.startsAt(),
        applied.endsAt(),
        applied.points(),
        applied.decidedBy(),
        null);
  }

  /** Publishes the event on enforcement.actions as enforcement would. */
  static void send(DomainEvent event) {
    TestKafka.send(
        Topics.ENFORCEMENT_ACTIONS,
        event.partitionKey(),
        JSON.write(event),
        CloudEventAttributes.of(event, "/test").toHeaders());
  }
}
