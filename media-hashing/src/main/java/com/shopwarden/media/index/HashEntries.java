package com.shopwarden.media.index;

import com.shopwarden.media.pdq.PdqHash;
import java.util.Arrays;

/**
 * A growable column store of (id, hash) pairs: four longs per hash in one {@code long[]} and the
 * ids in an {@code int[]}, so millions of hashes cost 36 bytes each and no objects. Not
 * thread-safe; indexes copy what they need from it.
 */
public final class HashEntries {

  private long[] words;
  private int[] ids;
  private int size;

  /** An empty store sized for {@code capacity} entries. */
  public HashEntries(int capacity) {
    words = new long[Math.max(1, capacity) * 4];
    ids = new int[Math.max(1, capacity)];
  }

  /** Appends an entry; the same id may appear more than once. */
  public void add(int id, PdqHash hash) {
    ensureCapacity(size + 1);
    hash.copyTo(words, size * 4);
    ids[size++] = id;
  }

  /** Appends an entry from four words ({@code w0} holds bits 0..63). */
  public void add(int id, long w0, long w1, long w2, long w3) {
    ensureCapacity(size + 1);
    int o = size * 4;
    words[o] = w0;
    words[o + 1] = w1;
    words[o + 2] = w2;
    words[o + 3] = w3;
    ids[size++] = id;
  }

  private void ensureCapacity(int needed) {
    if (needed > ids.length) {
      int capacity = Math.max(needed, ids.length + (ids.length >> 1) + 16);
      if (capacity > Integer.MAX_VALUE / 4 - 16) {
        throw new IllegalStateException("too many hashes for one index");
      }
      words = Arrays.copyOf(words, capacity * 4);
      ids = Arrays.copyOf(ids, capacity);
    }
  }

  /** Number of entries. */
  public int size() {
    return size;
  }

  /** The id at {@code position}. */
  public int id(int position) {
    return ids[position];
  }

  /** The hash at {@code position}. */
  public PdqHash hash(int position) {
    return PdqHash.fromWords(words, position * 4);
  }

  /** The hash words, trimmed to {@code 4 * size()}; a copy. */
  long[] wordsCopy() {
    return Arrays.copyOf(words, size * 4);
  }

  /** The ids, trimmed to {@code size()}; a copy. */
  int[] idsCopy() {
    return Arrays.copyOf(ids, size);
  }
}
