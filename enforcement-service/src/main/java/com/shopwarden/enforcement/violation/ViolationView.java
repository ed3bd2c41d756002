package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.Severity;
import com.shopwarden.enforcement.measure.MeasureView;
import java.time.Instant;
import java.util.List;

/** A recorded violation and the measures answering it. */
public record ViolationView(
    String id,
    String violationKey,
    String market,
    String accountId,
    String policyCode,
    Severity severity,
    int points,
    String policyVersion,
    Violation.State state,
    Instant confirmedAt,
    List<MeasureView> measures) {

  static ViolationView of(RecordedViolation recorded) {
    Violation v = recorded.violation();
    return new ViolationView(
        v.id.toString(),
        v.violationKey,
        v.market,
        v.accountId,
        v.policyCode,
        v.severity,
        v.points,
        v.policyVersion,
        v.state,
        v.confirmedAt,
        recorded.measures().stream().map(MeasureView::of).toList());
  }
}
