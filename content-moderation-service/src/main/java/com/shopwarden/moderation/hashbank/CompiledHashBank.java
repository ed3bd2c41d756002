package com.shopwarden.moderation.hashbank;

import com.shopwarden.media.index.HashEntries;
import com.shopwarden.media.index.PatchableHashIndex;
import com.shopwarden.media.pdq.PdqHash;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One bank as screening uses it: its thresholds and an in-memory index over its hashes of at least
 * the bank's minimum quality (lower-quality entries stay stored but never match). Index ids are
 * positions in {@link #labels}; hashes live in the index's primitive arrays.
 */
public record CompiledHashBank(
    UUID id,
    String name,
    String kind,
    boolean negative,
    int maxDistance,
    int minQuality,
    int version,
    PatchableHashIndex index,
    List<String> labels) {

  /** A stored entry: hex hash, quality, label. */
  public record Row(String hash, int quality, String label) {}

  /** Compiles a bank from its stored rows. */
  public static CompiledHashBank of(HashBankEntity bank, List<Row> rows) {
    HashEntries entries = new HashEntries(rows.size());
    List<String> labels = new ArrayList<>(rows.size());
    for (Row row : rows) {
      if (row.quality() >= bank.minQuality) {
        entries.add(labels.size(), PdqHash.fromHex(row.hash()));
        labels.add(row.label() == null ? "" : row.label());
      }
    }
    return new CompiledHashBank(
        bank.id,
        bank.name,
        bank.kind,
        bank.negative,
        bank.maxDistance,
        bank.minQuality,
        bank.version,
        new PatchableHashIndex(entries),
        List.copyOf(labels));
  }
}
