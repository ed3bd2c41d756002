package com.shopwarden.media.bank;

import com.shopwarden.media.index.HashEntries;
import com.shopwarden.media.pdq.PdqHash;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates synthetic hash banks shaped like real ones rather than uniform noise: clusters of
 * near-duplicates (re-encodes, crops, overlays of one image: variants 5..40 bits from a seed hash)
 * mixed with unrelated hashes. Every hash has 128 bits set, as PDQ's median threshold gives.
 * Deterministic for a given seed. Shared by tests and the JMH benchmarks.
 */
public final class ClusteredBankGenerator {

  /** Closest variant distance from its cluster seed. */
  public static final int MIN_VARIANT_DISTANCE = 5;

  /** Farthest variant distance from its cluster seed. */
  public static final int MAX_VARIANT_DISTANCE = 40;

  private final SplittableRandom random;

  /**
   * A generated bank.
   *
   * @param entries the hashes with ids 0..size-1, clusters and singletons interleaved
   * @param seeds the cluster seed hashes (themselves in the bank)
   */
  public record Bank(HashEntries entries, List<PdqHash> seeds) {}

  /** A generator whose output depends only on {@code seed}. */
  public ClusteredBankGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * {@code total} hashes of which about {@code clusteredShare} (0..1) sit in clusters of 2..64
   * (seed plus variants), the rest unrelated.
   */
  public Bank generate(int total, double clusteredShare) {
    HashEntries entries = new HashEntries(total);
    List<PdqHash> seeds = new ArrayList<>();
    int id = 0;
    while (id < total) {
      if (random.nextDouble() < clusteredShare) {
        PdqHash seed = randomHash();
        seeds.add(seed);
        entries.add(id++, seed);
        // Sizes skewed towards small clusters, as most images are re-uploaded only a few times.
        int variants = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 63);
        for (int v = 0; v < variants && id < total; v++) {
          entries.add(id++, variantOf(seed));
        }
      } else {
        entries.add(id++, randomHash());
      }
    }
    return new Bank(entries, seeds);
  }

  /** A hash with 128 uniformly chosen bits set. */
  public PdqHash randomHash() {
    long[] words = new long[4];
    int[] positions = new int[256];
    for (int i = 0; i < 256; i++) {
      positions[i] = i;
    }
    for (int i = 0; i < 128; i++) {
      int j = i + random.nextInt(256 - i);
      int bit = positions[j];
      positions[j] = positions[i];
      positions[i] = bit;
      words[bit >>> 6] |= 1L << (bit & 63);
    }
    return PdqHash.fromWords(words, 0);
  }

  /** A near-duplicate of {@code seed} at a distance drawn from 5..40. */
  public PdqHash variantOf(PdqHash seed) {
    int distance =
        MIN_VARIANT_DISTANCE + random.nextInt(MAX_VARIANT_DISTANCE - MIN_VARIANT_DISTANCE + 1);
    return flip(seed, distance);
  }

  /** {@code hash} with exactly {@code bits} distinct, uniformly chosen bits flipped. */
  public PdqHash flip(PdqHash hash, int bits) {
    long[] words = {hash.w0(), hash.w1(), hash.w2(), hash.w3()};
    long[] flipped = new long[4];
    int done = 0;
    while (done < bits) {
      int bit = random.nextInt(256);
      long mask = 1L << (bit & 63);
      if ((flipped[bit >>> 6] & mask) == 0) {
        flipped[bit >>> 6] |= mask;
        words[bit >>> 6] ^= mask;
        done++;
      }
    }
    return PdqHash.fromWords(words, 0);
  }
}
