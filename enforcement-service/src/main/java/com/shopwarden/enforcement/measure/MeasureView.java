package com.shopwarden.enforcement.measure;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.enforcement.ReversalReason;
import java.time.Instant;
import java.util.List;

/** A measure as the API shows it. */
public record MeasureView(
    String id,
    String market,
    String accountId,
    AccountType accountType,
    MeasureType type,
    MeasureState state,
    Instant startsAt,
    Instant endsAt,
    int points,
    List<String> violationKeys,
    DecisionMode decidedBy,
    TriggerKind trigger,
    String policyVersion,
    String policyCode,
    Severity severity,
    String statementPuid,
    Instant endedAt,
    ReversalReason reversalReason,
    ExecutionStatus executionStatus,
    String executionReason) {

  public static MeasureView of(Measure m) {
    return new MeasureView(
        m.id.toString(),
        m.market,
        m.accountId,
        m.accountType,
        m.type,
        m.state,
        m.startsAt,
        m.endsAt,
        m.points,
        MeasureEvents.violationKeys(m),
        m.decidedBy,
        m.trigger,
        m.policyVersion,
        m.policyCode,
        m.severity,
        m.statementPuid,
        m.endedAt,
        m.reversalReason,
        m.executionStatus,
        m.executionReason);
  }
}
