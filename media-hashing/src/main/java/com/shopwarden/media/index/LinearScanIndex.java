package com.shopwarden.media.index;

import com.shopwarden.media.pdq.PdqHash;
import java.util.List;

/**
 * Compares the query with every hash. Obviously correct, so tests use it as the oracle for {@link
 * MultiIndexHashIndex}; also the benchmark baseline. Immutable.
 */
public final class LinearScanIndex implements HashIndex {

  private final long[] words;
  private final int[] ids;

  /** Snapshots {@code entries}. */
  public LinearScanIndex(HashEntries entries) {
    this.words = entries.wordsCopy();
    this.ids = entries.idsCopy();
  }

  @Override
  public List<HashMatch> query(PdqHash hash, int maxDistance) {
    MatchCollector matches = new MatchCollector();
    scan(words, ids, ids.length, hash, maxDistance, matches);
    return matches.sorted();
  }

  /** Adds every entry of the first {@code count} within {@code maxDistance} to {@code matches}. */
  static void scan(
      long[] words, int[] ids, int count, PdqHash hash, int maxDistance, MatchCollector matches) {
    long q0 = hash.w0();
    long q1 = hash.w1();
    long q2 = hash.w2();
    long q3 = hash.w3();
    for (int p = 0, o = 0; p < count; p++, o += 4) {
      int distance =
          Long.bitCount(words[o] ^ q0)
              + Long.bitCount(words[o + 1] ^ q1)
              + Long.bitCount(words[o + 2] ^ q2)
              + Long.bitCount(words[o + 3] ^ q3);
      if (distance <= maxDistance) {
        matches.add(ids[p], distance);
      }
    }
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public long memoryBytes() {
    return 8L * words.length + 4L * ids.length;
  }
}
