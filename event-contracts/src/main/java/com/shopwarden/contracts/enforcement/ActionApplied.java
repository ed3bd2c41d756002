package com.shopwarden.contracts.enforcement;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Require;
import com.shopwarden.contracts.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Enforcement applied a restrictive measure to an account.
 *
 * <p>Produced by enforcement-service when a measure takes effect, for a confirmed violation (with
 * its points from the penalty policy) or for a health milestone crossing (without points). Consumed
 * by creator-health, which books the points on the account's ledger and lists the restriction among
 * its privileges, and by notification of the account (with the statement of reasons).
 *
 * <p>Topic {@code enforcement.actions}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose penalty policy applied
 * @param occurredAt when the measure was applied
 * @param actionId the measure's id
 * @param violationKeys the violations the measure answers; empty for a milestone measure
 * @param accountId the restricted account
 * @param accountType whether it is a creator's or a seller's account
 * @param type what the measure restricts
 * @param startsAt when the measure takes effect
 * @param endsAt when it ends by its own duration; {@code null} when indefinite
 * @param points violation points of its violations, at least 0; 0 for milestone measures
 * @param decidedBy who decided the measure
 * @param statementPuid the statement of reasons' puid; {@code null} where none is filed
 * @param policyCode the violated policy's code; {@code null} for a milestone measure (added in a
 *     compatible change: older producers omit it)
 * @param severity the violation's severity; {@code null} exactly when {@code policyCode} is
 */
public record ActionApplied(
    UUID eventId,
    String market,
    Instant occurredAt,
    String actionId,
    List<String> violationKeys,
    String accountId,
    AccountType accountType,
    MeasureType type,
    Instant startsAt,
    Instant endsAt,
    int points,
    DecisionMode decidedBy,
    String statementPuid,
    String policyCode,
    Severity severity)
    implements MeasureEvent {

  public ActionApplied {
    Require.envelope(eventId, market, occurredAt);
    MeasureFields.check(
        actionId, accountId, accountType, type, startsAt, endsAt, points, decidedBy, statementPuid);
    violationKeys = MeasureFields.violationKeys(violationKeys, points);
    Require.optionalText(policyCode, "policyCode");
    Require.that(
        (policyCode == null) == (severity == null),
        policyCode == null ? "policyCode" : "severity",
        "policyCode and severity come together or not at all");
  }

  /** A measure without the violation's policy and severity (the fields before they were added). */
  public ActionApplied(
      UUID eventId,
      String market,
      Instant occurredAt,
      String actionId,
      List<String> violationKeys,
      String accountId,
      AccountType accountType,
      MeasureType type,
      Instant startsAt,
      Instant endsAt,
      int points,
      DecisionMode decidedBy,
      String statementPuid) {
    this(
        eventId,
        market,
        occurredAt,
        actionId,
        violationKeys,
        accountId,
        accountType,
        type,
        startsAt,
        endsAt,
        points,
        decidedBy,
        statementPuid,
        null,
        null);
  }
}
