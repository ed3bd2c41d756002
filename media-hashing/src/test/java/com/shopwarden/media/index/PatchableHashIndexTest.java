package com.shopwarden.media.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.media.bank.ClusteredBankGenerator;
import com.shopwarden.media.pdq.PdqHash;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Patched indexes answer like a linear scan over the bank as it is after the patches. */
class PatchableHashIndexTest {

  @Test
  void addsAndRemovesWithoutRebuildAndStaysEqualToLinearScan() {
    ClusteredBankGenerator generator = new ClusteredBankGenerator(99);
    ClusteredBankGenerator.Bank bank = generator.generate(40_000, 0.6);
    PatchableHashIndex index = new PatchableHashIndex(bank.entries());
    HashEntries truth = copy(bank.entries());
    SplittableRandom random = new SplittableRandom(7);
    int nextId = 1_000_000;

    for (int round = 0; round < 5; round++) {
      Set<Integer> removed = new HashSet<>();
      for (int i = 0; i < 50; i++) {
        removed.add(truth.id(random.nextInt(truth.size())));
      }
      HashEntries additions = new HashEntries(100);
      for (int i = 0; i < 100; i++) {
        PdqHash seed = bank.seeds().get(random.nextInt(bank.seeds().size()));
        additions.add(nextId++, generator.variantOf(seed));
      }
      int count = index.apply(removed.stream().mapToInt(Integer::intValue).toArray(), additions);
      Patched patched = patch(truth, removed, additions);
      truth = patched.entries();
      assertThat(count).isEqualTo(patched.dropped()).isPositive();
      assertThat(index.pendingAdditions()).isEqualTo(100 * (round + 1));
      assertThat(index.size()).isEqualTo(truth.size());
      assertEqualToScan(index, truth, bank.seeds(), generator);
    }
    index.compact();
    assertThat(index.pendingAdditions()).isZero();
    assertEqualToScan(index, truth, bank.seeds(), generator);
  }

  @Test
  void singleAddAndRemoveTakeEffectImmediately() {
    ClusteredBankGenerator generator = new ClusteredBankGenerator(4);
    PatchableHashIndex index = new PatchableHashIndex(generator.generate(1_000, 0.5).entries());
    PdqHash logo = generator.randomHash();
    assertThat(index.query(logo, 31)).isEmpty();

    index.add(5_000, generator.flip(logo, 10));
    assertThat(index.query(logo, 31)).containsExactly(new HashMatch(5_000, 10));

    assertThat(index.remove(5_000)).isEqualTo(1);
    assertThat(index.query(logo, 31)).isEmpty();
    assertThat(index.remove(5_000)).isZero();

    assertThat(index.remove(3)).isEqualTo(1);
    assertThat(index.size()).isEqualTo(999);
  }

  @Test
  void rebuildsWhenTheDeltaOutgrowsItsBound() {
    ClusteredBankGenerator generator = new ClusteredBankGenerator(8);
    PatchableHashIndex index = new PatchableHashIndex(new HashEntries(0));
    HashEntries additions = new HashEntries(1_100);
    for (int i = 0; i < 1_100; i++) {
      additions.add(i, generator.randomHash());
    }
    index.apply(new int[0], additions);
    assertThat(index.pendingAdditions()).isZero();
    assertThat(index.size()).isEqualTo(1_100);
    assertThat(index.query(additions.hash(17), 0)).containsExactly(new HashMatch(17, 0));
  }

  private record Patched(HashEntries entries, int dropped) {}

  private static Patched patch(HashEntries entries, Set<Integer> removed, HashEntries additions) {
    HashEntries next = new HashEntries(entries.size() + additions.size());
    int dropped = 0;
    for (int p = 0; p < entries.size(); p++) {
      if (removed.contains(entries.id(p))) {
        dropped++;
      } else {
        next.add(entries.id(p), entries.hash(p));
      }
    }
    for (int p = 0; p < additions.size(); p++) {
      next.add(additions.id(p), additions.hash(p));
    }
    return new Patched(next, dropped);
  }

  private static HashEntries copy(HashEntries entries) {
    return patch(entries, Set.of(), new HashEntries(0)).entries();
  }

  private static void assertEqualToScan(
      PatchableHashIndex index,
      HashEntries truth,
      List<PdqHash> seeds,
      ClusteredBankGenerator generator) {
    LinearScanIndex oracle = new LinearScanIndex(truth);
    List<PdqHash> queries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      queries.add(generator.variantOf(seeds.get(i * 13 % seeds.size())));
      queries.add(truth.hash(truth.size() - 1 - i));
    }
    int matches = 0;
    for (PdqHash query : queries) {
      for (int threshold : new int[] {10, 31, 48}) {
        List<HashMatch> expected = oracle.query(query, threshold);
        assertThat(index.query(query, threshold)).isEqualTo(expected);
        matches += expected.size();
      }
    }
    assertThat(matches).isGreaterThan(queries.size());
  }
}
