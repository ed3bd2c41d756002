package com.shopwarden.contracts.enforcement;

import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The statement of reasons for a measure failed validation (ours, or the DSA Transparency
 * Database's on submission), so it has not been filed.
 *
 * <p>Produced by enforcement-service. Consumed by alerting and the policy team's tooling: the
 * statement mapping of the market must be fixed and the statement filed without undue delay (DSA
 * Art. 24(5)). The measure itself stands.
 *
 * <p>Topic {@code enforcement.alerts}, key {@code actionId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose statement mapping applied
 * @param occurredAt when validation failed
 * @param actionId the measure whose statement failed
 * @param failedFields the fields that failed, at least one
 */
public record StatementInvalid(
    UUID eventId,
    String market,
    Instant occurredAt,
    String actionId,
    List<FailedField> failedFields)
    implements DomainEvent {

  public StatementInvalid {
    Require.envelope(eventId, market, occurredAt);
    Require.text(actionId, "actionId");
    failedFields = Require.nonEmptyList(failedFields, "failedFields");
  }

  /** The action id: the alerts about one measure stay ordered. */
  @Override
  public String partitionKey() {
    return actionId;
  }
}
