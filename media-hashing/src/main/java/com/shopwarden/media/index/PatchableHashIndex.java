package com.shopwarden.media.index;

import com.shopwarden.media.pdq.PdqHash;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A {@link MultiIndexHashIndex} that takes additions and removals without a full rebuild each time,
 * for banks edited at runtime.
 *
 * <p>State is an immutable snapshot: the built index, a tombstone bit per removed base entry, and a
 * small delta of added entries that queries scan linearly. A patch builds the next snapshot and
 * publishes it with one volatile write, so queries never lock and always see a consistent bank.
 * When the delta outgrows {@code max(1024, size / 32)} entries or a quarter of the base is
 * tombstoned, the patch rebuilds the base from the live entries (the old snapshot keeps serving
 * queries meanwhile). Patches are serialised.
 */
public final class PatchableHashIndex implements HashIndex {

  private static final int MIN_DELTA = 1024;

  private record State(
      MultiIndexHashIndex base, BitSet removed, int removedCount, HashEntries delta) {}

  private volatile State state;

  /** Builds the index over {@code initial}. */
  public PatchableHashIndex(HashEntries initial) {
    this.state = new State(new MultiIndexHashIndex(initial), new BitSet(), 0, new HashEntries(0));
  }

  /** Adds one entry. */
  public void add(int id, PdqHash hash) {
    HashEntries one = new HashEntries(1);
    one.add(id, hash);
    apply(new int[0], one);
  }

  /** Removes every entry with {@code id}; returns how many were removed. */
  public int remove(int id) {
    return apply(new int[] {id}, new HashEntries(0));
  }

  /**
   * Removes every entry whose id is in {@code removedIds}, then adds {@code additions}, as one
   * atomic change. Returns the number of entries removed.
   */
  public synchronized int apply(int[] removedIds, HashEntries additions) {
    State current = state;
    int[] gone = removedIds.clone();
    Arrays.sort(gone);

    BitSet removed = (BitSet) current.removed().clone();
    int removedCount = current.removedCount();
    int baseRemovals = 0;
    if (gone.length > 0) {
      MultiIndexHashIndex base = current.base();
      for (int p = 0; p < base.size(); p++) {
        if (!removed.get(p) && Arrays.binarySearch(gone, base.idAt(p)) >= 0) {
          removed.set(p);
          baseRemovals++;
        }
      }
    }
    removedCount += baseRemovals;

    HashEntries delta = new HashEntries(current.delta().size() + additions.size());
    int deltaRemovals = 0;
    for (int p = 0; p < current.delta().size(); p++) {
      if (gone.length > 0 && Arrays.binarySearch(gone, current.delta().id(p)) >= 0) {
        deltaRemovals++;
      } else {
        delta.add(current.delta().id(p), current.delta().hash(p));
      }
    }
    for (int p = 0; p < additions.size(); p++) {
      delta.add(additions.id(p), additions.hash(p));
    }

    State next = new State(current.base(), removed, removedCount, delta);
    int baseSize = current.base().size();
    if (delta.size() > Math.max(MIN_DELTA, baseSize / 32) || removedCount > baseSize / 4) {
      next = rebuilt(next);
    }
    state = next;
    return baseRemovals + deltaRemovals;
  }

  /** Folds the delta and the tombstones into a freshly built base. */
  public synchronized void compact() {
    state = rebuilt(state);
  }

  private static State rebuilt(State s) {
    MultiIndexHashIndex base = s.base();
    HashEntries live = new HashEntries(base.size() - s.removedCount() + s.delta().size());
    for (int p = 0; p < base.size(); p++) {
      if (!s.removed().get(p)) {
        live.add(base.idAt(p), base.hashAt(p));
      }
    }
    for (int p = 0; p < s.delta().size(); p++) {
      live.add(s.delta().id(p), s.delta().hash(p));
    }
    return new State(new MultiIndexHashIndex(live), new BitSet(), 0, new HashEntries(0));
  }

  @Override
  public List<HashMatch> query(PdqHash hash, int maxDistance) {
    State s = state;
    MatchCollector matches = new MatchCollector();
    s.base().collect(hash, maxDistance, s.removedCount() == 0 ? null : s.removed(), matches);
    for (int p = 0; p < s.delta().size(); p++) {
      int distance = hash.distance(s.delta().hash(p));
      if (distance <= maxDistance) {
        matches.add(s.delta().id(p), distance);
      }
    }
    return matches.sorted();
  }

  @Override
  public int size() {
    State s = state;
    return s.base().size() - s.removedCount() + s.delta().size();
  }

  /** Entries waiting in the linearly scanned delta (0 right after a rebuild). */
  public int pendingAdditions() {
    return state.delta().size();
  }

  @Override
  public long memoryBytes() {
    State s = state;
    return s.base().memoryBytes() + s.removed().size() / 8 + 36L * s.delta().size();
  }
}
