package com.shopwarden.enforcement.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An appeal as the API shows it, with what the reviewer needs to decide: the appealed measure and
 * the evidence snapshots of its violations (fetched by id from moderation).
 */
public record AppealView(
    String id,
    String measureId,
    String market,
    String accountId,
    int round,
    boolean ip,
    AppealState state,
    Instant filedAt,
    LocalDate windowDeadline,
    Instant reviewDueAt,
    String statement,
    String claimedBy,
    Instant leaseUntil,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    List<String> evidenceSnapshotIds) {

  static AppealView of(Appeal a, List<String> evidence) {
    return new AppealView(
        a.id.toString(),
        a.measureId.toString(),
        a.market,
        a.accountId,
        a.round,
        a.ip,
        a.state,
        a.filedAt,
        a.windowDeadline,
        a.reviewDueAt,
        a.statement,
        a.claimedBy,
        a.leaseUntil,
        a.decidedBy,
        a.decidedAt,
        a.decisionReason,
        evidence);
  }
}
