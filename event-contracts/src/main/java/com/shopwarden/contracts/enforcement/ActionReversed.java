package com.shopwarden.contracts.enforcement;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A measure was undone before its end, and its violations void.
 *
 * <p>Produced by enforcement-service after an overturned appeal, a standing counter-notice, a
 * retraction or a policy error. Consumed by creator-health, which voids the violations' points and
 * lifts the restriction, by content-moderation, which counts an overturn against the strategy that
 * produced the violation, and by notification of the account.
 *
 * <p>Topic {@code enforcement.actions}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose penalty policy applied
 * @param occurredAt when the measure was reversed
 * @param actionId the measure's id
 * @param violationKeys the violations the measure answers; empty for a milestone measure
 * @param accountId the restricted account
 * @param accountType whether it is a creator's or a seller's account
 * @param type what the measure restricts
 * @param startsAt when the measure takes effect
 * @param endsAt when it ends by its own duration; {@code null} when indefinite
 * @param points violation points of its violations, at least 0; 0 for milestone measures
 * @param decidedBy who decided the measure
 * @param reason why the measure was reversed
 * @param statementPuid the statement of reasons' puid; {@code null} where none is filed
 */
public record ActionReversed(
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
    ReversalReason reason,
    String statementPuid)
    implements MeasureEvent {

  public ActionReversed {
    Require.envelope(eventId, market, occurredAt);
    MeasureFields.check(
        actionId, accountId, accountType, type, startsAt, endsAt, points, decidedBy, statementPuid);
    violationKeys = MeasureFields.violationKeys(violationKeys, points);
    Require.present(reason, "reason");
  }
}
