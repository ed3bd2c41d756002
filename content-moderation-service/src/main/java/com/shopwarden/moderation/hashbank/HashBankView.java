package com.shopwarden.moderation.hashbank;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hash bank as the admin API shows it, with its first entries (a bank can hold millions).
 *
 * @param entryCount how many entries the bank holds
 * @param entries the oldest {@code HashBankService.SHOWN_ENTRIES} entries
 */
public record HashBankView(
    UUID id,
    String market,
    String name,
    String kind,
    boolean negative,
    int maxDistance,
    int minQuality,
    String description,
    int version,
    String updatedBy,
    Instant updatedAt,
    long entryCount,
    List<Entry> entries) {

  /** One entry. */
  public record Entry(
      UUID id, String hash, int quality, String label, String createdBy, Instant createdAt) {

    static Entry of(HashBankEntryEntity e) {
      return new Entry(e.id, e.hash, e.quality, e.label, e.createdBy, e.createdAt);
    }
  }

  static HashBankView of(HashBankEntity b, long count, List<HashBankEntryEntity> entries) {
    return new HashBankView(
        b.id,
        b.market,
        b.name,
        b.kind,
        b.negative,
        b.maxDistance,
        b.minQuality,
        b.description,
        b.version,
        b.updatedBy,
        b.updatedAt,
        count,
        entries.stream().map(Entry::of).toList());
  }
}
