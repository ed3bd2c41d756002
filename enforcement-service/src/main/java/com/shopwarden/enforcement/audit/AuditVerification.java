package com.shopwarden.enforcement.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain and comparing it with its anchors.
 *
 * @param intact whether every entry is where and what the chain and its anchors say
 * @param entries how many entries were checked
 * @param firstBrokenSeq the first sequence number where the chain breaks (for a cut tail: the first
 *     missing entry); {@code null} when intact
 * @param problem what is wrong there; {@code null} when intact
 * @param headSeq the newest entry's sequence number; {@code null} when the chain is empty or broken
 * @param headHash the newest entry's hash, to record outside the system; {@code null} likewise
 * @param anchorSeq the entry the newest anchor names; {@code null} when nothing is anchored yet
 * @param anchoredAt when that anchor was taken; {@code null} likewise
 */
public record AuditVerification(
    boolean intact,
    long entries,
    Long firstBrokenSeq,
    String problem,
    Long headSeq,
    String headHash,
    Long anchorSeq,
    Instant anchoredAt) {

  static AuditVerification broken(long entries, long seq, String problem, AuditAnchor anchor) {
    return new AuditVerification(
        false,
        entries,
        seq,
        problem,
        null,
        null,
        anchor == null ? null : anchor.seq,
        anchor == null ? null : anchor.anchoredAt);
  }
}
