package com.shopwarden.moderation.hashbank;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hash bank as the admin API shows it, with the first page of its entries (a bank can hold
 * millions: the rest come from {@code GET .../{name}/entries?after=<nextEntries>}).
 *
 * @param status {@code ACTIVE} or {@code RETIRED} (kept for audit, no longer matched)
 * @param retiredBy who retired the bank; null while it is active
 * @param retiredAt when it was retired; null while it is active
 * @param entryCount how many entries the bank holds
 * @param entries the oldest {@code HashBankService.FIRST_PAGE} entries
 * @param nextEntries the cursor of the entries after those; null when they are all shown
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
    String status,
    String retiredBy,
    Instant retiredAt,
    long entryCount,
    List<Entry> entries,
    String nextEntries) {

  /** One entry. */
  public record Entry(
      UUID id, String hash, int quality, String label, String createdBy, Instant createdAt) {}

  /** An entry with its place in the bank's insertion order, which pages are cut by. */
  record PagedEntry(Entry entry, long seq) {

    /** From a row of id, hash, quality, label, createdBy, createdAt, seq. */
    static PagedEntry of(Object[] row) {
      return new PagedEntry(
          new Entry(
              (UUID) row[0],
              ((String) row[1]).trim(),
              (Integer) row[2],
              (String) row[3],
              (String) row[4],
              (Instant) row[5]),
          (Long) row[6]);
    }
  }

  /**
   * A page of a bank's entries, oldest first.
   *
   * @param nextCursor the {@code after} of the next page; null on the last page
   */
  public record EntryPage(List<Entry> entries, String nextCursor) {

    /** The page of {@code limit} entries out of {@code found}, which holds up to one more. */
    static EntryPage of(List<PagedEntry> found, int limit) {
      boolean more = found.size() > limit;
      List<PagedEntry> page = more ? found.subList(0, limit) : found;
      String next = more ? new EntryCursor(page.get(page.size() - 1).seq()).encode() : null;
      return new EntryPage(page.stream().map(PagedEntry::entry).toList(), next);
    }
  }

  static HashBankView of(HashBankEntity b, long count, EntryPage first) {
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
        b.status,
        b.retiredBy,
        b.retiredAt,
        count,
        first.entries(),
        first.nextCursor());
  }

  /** A bank in a listing of banks, without entries. */
  static HashBankView summary(HashBankEntity b, long count) {
    return of(b, count, new EntryPage(List.of(), null));
  }
}
