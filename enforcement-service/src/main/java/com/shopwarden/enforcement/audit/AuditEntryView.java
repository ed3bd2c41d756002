package com.shopwarden.enforcement.audit;

import java.time.Instant;

/** An audit entry as the API shows it. */
public record AuditEntryView(
    long seq,
    Instant recordedAt,
    String kind,
    String subjectId,
    String market,
    String actor,
    String details,
    String previousHash,
    String hash) {

  static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.seq,
        e.recordedAt,
        e.kind,
        e.subjectId,
        e.market,
        e.actor,
        e.details,
        e.previousHash,
        e.hash);
  }
}
