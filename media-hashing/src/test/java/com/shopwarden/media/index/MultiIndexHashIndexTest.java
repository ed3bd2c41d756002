package com.shopwarden.media.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.media.bank.ClusteredBankGenerator;
import com.shopwarden.media.pdq.PdqHash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The multi-index must return exactly what the linear scan returns. */
class MultiIndexHashIndexTest {

  private static final int[] THRESHOLDS = {0, 1, 5, 15, 16, 17, 24, 31, 32, 40, 47, 48, 64};

  @Test
  void equalsLinearScanOnUniformRandomHashes() {
    ClusteredBankGenerator generator = new ClusteredBankGenerator(11);
    ClusteredBankGenerator.Bank bank = generator.generate(20_000, 0.0);
    List<PdqHash> queries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      queries.add(bank.entries().hash(i * 97));
      queries.add(generator.flip(bank.entries().hash(i * 131), 1 + i % 40));
      queries.add(generator.randomHash());
    }
    assertSameAsLinearScan(bank.entries(), queries, false);
  }

  @Test
  void equalsLinearScanOnClusteredNearDuplicates() {
    ClusteredBankGenerator generator = new ClusteredBankGenerator(42);
    ClusteredBankGenerator.Bank bank = generator.generate(30_000, 0.7);
    List<PdqHash> queries = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      PdqHash seed = bank.seeds().get(i * 7 % bank.seeds().size());
      queries.add(seed);
      queries.add(generator.variantOf(seed));
      queries.add(generator.randomHash());
    }
    assertSameAsLinearScan(bank.entries(), queries, true);
  }

  @Test
  void findsMatchesExactlyAtTheThresholdWithErrorsSpreadOverEveryChunk() {
    PdqHash query = new ClusteredBankGenerator(3).randomHash();
    HashEntries entries = new HashEntries(8);
    // Worst case for the pigeonhole: every chunk differs, by 2 bits except one by 1 bit (= 31),
    // and by 2 bits everywhere (= 32).
    entries.add(31, flipPerChunk(query, 2, 1));
    entries.add(32, flipPerChunk(query, 2, 2));
    entries.add(47, flipPerChunk(query, 3, 2));
    entries.add(48, flipPerChunk(query, 3, 3));
    entries.add(15, flipPerChunk(query, 1, 0));
    entries.add(16, flipPerChunk(query, 1, 1));
    MultiIndexHashIndex index = new MultiIndexHashIndex(entries);

    assertThat(index.query(query, 31))
        .containsExactly(new HashMatch(15, 15), new HashMatch(16, 16), new HashMatch(31, 31));
    assertThat(index.query(query, 30)).extracting(HashMatch::id).containsExactly(15, 16);
    assertThat(index.query(query, 32)).extracting(HashMatch::id).containsExactly(15, 16, 31, 32);
    assertThat(index.query(query, 47))
        .extracting(HashMatch::id)
        .containsExactly(15, 16, 31, 32, 47);
    assertThat(index.query(query, 48))
        .extracting(HashMatch::id)
        .containsExactly(15, 16, 31, 32, 47, 48);
    assertThat(index.query(query, 15)).containsExactly(new HashMatch(15, 15));
    assertThat(index.query(query, 14)).isEmpty();
    assertThat(index.query(query, -1)).isEmpty();
  }

  @Test
  void ordersByDistanceThenIdAndKeepsDuplicates() {
    ClusteredBankGenerator generator = new ClusteredBankGenerator(5);
    PdqHash query = generator.randomHash();
    HashEntries entries = new HashEntries(4);
    PdqHash near = generator.flip(query, 3);
    entries.add(9, near);
    entries.add(-4, near);
    entries.add(7, query);
    entries.add(2, near);
    MultiIndexHashIndex index = new MultiIndexHashIndex(entries);
    assertThat(index.query(query, 31))
        .containsExactly(
            new HashMatch(7, 0), new HashMatch(-4, 3), new HashMatch(2, 3), new HashMatch(9, 3));
  }

  @Test
  void emptyIndexAnswersNothing() {
    MultiIndexHashIndex index = new MultiIndexHashIndex(new HashEntries(0));
    assertThat(index.size()).isZero();
    assertThat(index.query(new PdqHash(0, 0, 0, 0), 31)).isEmpty();
    assertThat(index.query(new PdqHash(0, 0, 0, 0), 256)).isEmpty();
  }

  @Test
  void reportsItsMemoryPerHash() {
    ClusteredBankGenerator.Bank bank = new ClusteredBankGenerator(1).generate(10_000, 0.5);
    MultiIndexHashIndex index = new MultiIndexHashIndex(bank.entries());
    // 32 bytes of hash, 4 of id, 16 postings of 4 bytes, plus 16 offset tables of 65,537 ints.
    assertThat(index.memoryBytes()).isEqualTo(10_000L * 100 + 16L * 65_537 * 4);
  }

  static PdqHash flipPerChunk(PdqHash hash, int bitsPerChunk, int bitsInLastChunk) {
    long[] words = {hash.w0(), hash.w1(), hash.w2(), hash.w3()};
    for (int chunk = 0; chunk < 16; chunk++) {
      int bits = chunk == 15 ? bitsInLastChunk : bitsPerChunk;
      for (int b = 0; b < bits; b++) {
        int bit = chunk * 16 + b * 5;
        words[bit >>> 6] ^= 1L << (bit & 63);
      }
    }
    return PdqHash.fromWords(words, 0);
  }

  private static void assertSameAsLinearScan(
      HashEntries entries, List<PdqHash> queries, boolean expectMatches) {
    MultiIndexHashIndex index = new MultiIndexHashIndex(entries);
    LinearScanIndex oracle = new LinearScanIndex(entries);
    assertThat(index.size()).isEqualTo(oracle.size());
    long matches = 0;
    for (PdqHash query : queries) {
      for (int threshold : THRESHOLDS) {
        List<HashMatch> expected = oracle.query(query, threshold);
        assertThat(index.query(query, threshold))
            .as("%s at %d", query, threshold)
            .isEqualTo(expected);
        matches += expected.size();
      }
    }
    // Guard against a vacuous comparison of empty results.
    assertThat(matches).isGreaterThan(expectMatches ? queries.size() * 5L : queries.size() / 3);
  }
}
