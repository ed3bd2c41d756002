package com.shopwarden.enforcement.audit;

import java.util.List;

/**
 * One page of the audit chain, filtered to the caller's markets.
 *
 * @param entries the entries the caller may see
 * @param nextAfter the cursor for the next page: the last sequence number this page read
 */
public record AuditPage(List<AuditEntryView> entries, long nextAfter) {}
