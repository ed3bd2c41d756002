package com.shopwarden.moderation.termlist;

import java.time.Instant;

/**
 * What a bulk import did to a list.
 *
 * @param version the list's version after the import (one import raises it by one)
 * @param addedTerms terms written
 * @param addedExceptions allow-list exceptions written
 * @param unchanged rows equal to an entry the list already had (append only), not written twice
 * @param removed entries a replace removed (terms that came from rights holders' assets stay)
 */
public record TermImportResult(
    String market,
    String list,
    boolean replace,
    int version,
    int addedTerms,
    int addedExceptions,
    int unchanged,
    int removed,
    String reason,
    String updatedBy,
    Instant updatedAt) {}
