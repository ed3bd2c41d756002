package com.shopwarden.enforcement.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every entry is where and what the chain says
 * @param entries how many entries were checked
 * @param firstBrokenSeq the first sequence number where the chain breaks; {@code null} when intact
 * @param problem what is wrong there; {@code null} when intact
 */
public record AuditVerification(
    boolean intact, long entries, Long firstBrokenSeq, String problem) {}
