package com.shopwarden.media.index;

import com.shopwarden.media.pdq.PdqHash;
import java.util.BitSet;
import java.util.List;

/**
 * Multi-index hashing over 16 chunks of 16 bits: an immutable index for Hamming-distance queries on
 * millions of 256-bit hashes.
 *
 * <p><b>Why it finds everything.</b> Split the 256 bits into 16 disjoint 16-bit chunks. If two
 * hashes are within distance {@code d}, the per-chunk distances sum to at most {@code d}, so at
 * least one chunk differs in at most {@code r = floor(d / 16)} bits (otherwise every chunk differs
 * in {@code r + 1} or more and the total is at least {@code 16(r + 1) > d}). A query therefore
 * looks up, in each chunk's table, every 16-bit value within {@code r} bits of the query's chunk (1
 * value for r = 0, 17 for r = 1 — the default threshold 31 —, 137 for r = 2) and verifies each
 * candidate's full distance. Above r = 2 (d ≥ 48) probing costs more than it saves and the query
 * scans linearly instead; results are identical either way.
 *
 * <p><b>Each match once.</b> A candidate found through chunk {@code t} is reported only if no
 * earlier chunk {@code s < t} is within {@code r} bits too (it was reported there), so no per-query
 * visited set is needed.
 *
 * <p><b>Layout.</b> Hashes as four longs per entry in one {@code long[]}, ids in an {@code int[]},
 * and per chunk a bucket-sorted posting list of entry positions ({@code int[n]}) with bucket
 * offsets ({@code int[65537]}): 32 + 4 + 16 × 4 = 100 bytes per hash plus 4 MiB of offsets.
 */
public final class MultiIndexHashIndex implements HashIndex {

  static final int CHUNKS = 16;
  private static final int BUCKETS = 1 << 16;
  private static final int MAX_PROBE_RADIUS = 2;

  private final long[] words;
  private final int[] ids;
  private final int[][] offsets = new int[CHUNKS][];
  private final int[][] postings = new int[CHUNKS][];

  /** Builds the index over a snapshot of {@code entries}. */
  public MultiIndexHashIndex(HashEntries entries) {
    this.words = entries.wordsCopy();
    this.ids = entries.idsCopy();
    int n = ids.length;
    for (int t = 0; t < CHUNKS; t++) {
      int[] start = new int[BUCKETS + 1];
      for (int p = 0; p < n; p++) {
        start[chunk(words, p, t) + 1]++;
      }
      for (int b = 0; b < BUCKETS; b++) {
        start[b + 1] += start[b];
      }
      int[] cursor = start.clone();
      int[] list = new int[n];
      for (int p = 0; p < n; p++) {
        list[cursor[chunk(words, p, t)]++] = p;
      }
      offsets[t] = start;
      postings[t] = list;
    }
  }

  private static int chunk(long[] words, int position, int t) {
    return (int) (words[position * 4 + (t >>> 2)] >>> ((t & 3) << 4)) & 0xffff;
  }

  @Override
  public List<HashMatch> query(PdqHash hash, int maxDistance) {
    MatchCollector matches = new MatchCollector();
    collect(hash, maxDistance, null, matches);
    return matches.sorted();
  }

  /** Adds the matches whose position is not in {@code excluded} (may be null) to {@code out}. */
  void collect(PdqHash hash, int maxDistance, BitSet excluded, MatchCollector out) {
    if (maxDistance < 0) {
      return;
    }
    int radius = maxDistance / CHUNKS;
    if (radius > MAX_PROBE_RADIUS) {
      scan(hash, maxDistance, excluded, out);
      return;
    }
    Query query = new Query(hash, maxDistance, radius, excluded, out);
    for (int t = 0; t < CHUNKS; t++) {
      int value = (int) (hash.word(t >>> 2) >>> ((t & 3) << 4)) & 0xffff;
      query.bucket(t, value);
      if (radius >= 1) {
        for (int a = 0; a < 16; a++) {
          int once = value ^ (1 << a);
          query.bucket(t, once);
          if (radius >= 2) {
            for (int b = a + 1; b < 16; b++) {
              query.bucket(t, once ^ (1 << b));
            }
          }
        }
      }
    }
  }

  private void scan(PdqHash hash, int maxDistance, BitSet excluded, MatchCollector out) {
    if (excluded == null || excluded.isEmpty()) {
      LinearScanIndex.scan(words, ids, ids.length, hash, maxDistance, out);
      return;
    }
    for (int p = 0; p < ids.length; p++) {
      int distance = hash.distance(PdqHash.fromWords(words, p * 4));
      if (distance <= maxDistance && !excluded.get(p)) {
        out.add(ids[p], distance);
      }
    }
  }

  /** The per-query state, so the probe loop reads locals rather than re-deriving them. */
  private final class Query {
    private final long q0;
    private final long q1;
    private final long q2;
    private final long q3;
    private final int maxDistance;
    private final int radius;
    private final BitSet excluded;
    private final MatchCollector out;

    Query(PdqHash hash, int maxDistance, int radius, BitSet excluded, MatchCollector out) {
      this.q0 = hash.w0();
      this.q1 = hash.w1();
      this.q2 = hash.w2();
      this.q3 = hash.w3();
      this.maxDistance = maxDistance;
      this.radius = radius;
      this.excluded = excluded;
      this.out = out;
    }

    void bucket(int t, int value) {
      int[] list = postings[t];
      int end = offsets[t][value + 1];
      for (int i = offsets[t][value]; i < end; i++) {
        candidate(t, list[i]);
      }
    }

    private void candidate(int t, int p) {
      int o = p * 4;
      long x0 = words[o] ^ q0;
      long x1 = words[o + 1] ^ q1;
      long x2 = words[o + 2] ^ q2;
      long x3 = words[o + 3] ^ q3;
      int distance = Long.bitCount(x0) + Long.bitCount(x1) + Long.bitCount(x2) + Long.bitCount(x3);
      if (distance > maxDistance || foundEarlier(t, x0, x1, x2, x3)) {
        return;
      }
      if (excluded == null || !excluded.get(p)) {
        out.add(ids[p], distance);
      }
    }

    private boolean foundEarlier(int t, long x0, long x1, long x2, long x3) {
      for (int s = 0; s < t; s++) {
        long x =
            switch (s >>> 2) {
              case 0 -> x0;
              case 1 -> x1;
              case 2 -> x2;
              default -> x3;
            };
        if (Long.bitCount((x >>> ((s & 3) << 4)) & 0xffffL) <= radius) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public int size() {
    return ids.length;
  }

  /** The id at {@code position}, for {@link PatchableHashIndex}'s tombstones. */
  int idAt(int position) {
    return ids[position];
  }

  /** The hash at {@code position}, for rebuilding. */
  PdqHash hashAt(int position) {
    return PdqHash.fromWords(words, position * 4);
  }

  @Override
  public long memoryBytes() {
    long bytes = 8L * words.length + 4L * ids.length;
    for (int t = 0; t < CHUNKS; t++) {
      bytes += 4L * offsets[t].length + 4L * postings[t].length;
    }
    return bytes;
  }
}
