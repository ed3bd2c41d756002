package com.shopwarden.media.index;

import com.shopwarden.media.pdq.PdqHash;
import java.util.List;

/** A set of 256-bit hashes with int ids, searchable by Hamming distance. */
public interface HashIndex {

  /**
   * Every entry within {@code maxDistance} (inclusive, 0..256) of {@code hash}, sorted by distance
   * then id.
   */
  List<HashMatch> query(PdqHash hash, int maxDistance);

  /** Number of entries. */
  int size();

  /** Bytes held by the index's arrays (hashes, ids and lookup structures), excluding headers. */
  long memoryBytes();
}
