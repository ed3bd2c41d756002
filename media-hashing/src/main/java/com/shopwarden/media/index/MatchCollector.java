package com.shopwarden.media.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Accumulates (id, distance) pairs as single longs and sorts them by distance then (signed) id, so
 * collecting costs no object per candidate.
 */
final class MatchCollector {

  private long[] keys = new long[16];
  private int size;

  void add(int id, int distance) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    // Flipping the sign bit makes unsigned order of the low half equal signed order of ids.
    keys[size++] = ((long) distance << 32) | ((id ^ Integer.MIN_VALUE) & 0xffffffffL);
  }

  List<HashMatch> sorted() {
    Arrays.sort(keys, 0, size);
    List<HashMatch> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new HashMatch((int) keys[i] ^ Integer.MIN_VALUE, (int) (keys[i] >>> 32)));
    }
    return out;
  }
}
