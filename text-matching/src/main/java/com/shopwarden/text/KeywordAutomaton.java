package com.shopwarden.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over UTF-16 characters: finds every occurrence of every keyword in one
 * pass over the text, whatever the number of keywords. Built once, then immutable and thread-safe.
 *
 * <p>Transitions are stored per node as sorted key and target arrays (binary search) except at the
 * root, which has a dense table because most characters of a text restart there.
 */
final class KeywordAutomaton {

  /** Receives each occurrence: the keyword's index and the end (exclusive) in the text. */
  interface Hits {
    void hit(int keyword, int end);
  }

  private final int[] rootTable = new int[Character.MAX_VALUE + 1];
  private final char[][] keys;
  private final int[][] targets;
  private final int[] failure;
  private final int[] outputLink;
  private final int[][] outputs;

  KeywordAutomaton(List<String> keywords) {
    List<Map<Character, Integer>> edges = new ArrayList<>();
    List<List<Integer>> own = new ArrayList<>();
    edges.add(new HashMap<>());
    own.add(new ArrayList<>());
    for (int k = 0; k < keywords.size(); k++) {
      String word = keywords.get(k);
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty keyword at " + k);
      }
      int node = 0;
      for (int c = 0; c < word.length(); c++) {
        Integer next = edges.get(node).get(word.charAt(c));
        if (next == null) {
          next = edges.size();
          edges.add(new HashMap<>());
          own.add(new ArrayList<>());
          edges.get(node).put(word.charAt(c), next);
        }
        node = next;
      }
      own.get(node).add(k);
    }
    int size = edges.size();
    keys = new char[size][];
    targets = new int[size][];
    outputs = new int[size][];
    for (int node = 0; node < size; node++) {
      Map<Character, Integer> e = edges.get(node);
      char[] ks = new char[e.size()];
      int idx = 0;
      for (char c : e.keySet()) {
        ks[idx++] = c;
      }
      Arrays.sort(ks);
      int[] ts = new int[ks.length];
      for (int t = 0; t < ks.length; t++) {
        ts[t] = e.get(ks[t]);
      }
      keys[node] = ks;
      targets[node] = ts;
      outputs[node] = own.get(node).stream().mapToInt(Integer::intValue).toArray();
    }
    for (int t = 0; t < keys[0].length; t++) {
      rootTable[keys[0][t]] = targets[0][t];
    }
    failure = new int[size];
    outputLink = new int[size];
    Arrays.fill(outputLink, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : targets[0]) {
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int t = 0; t < keys[node].length; t++) {
        char c = keys[node][t];
        int child = targets[node][t];
        int f = failure[node];
        int via = step(f, c);
        while (via < 0 && f != 0) {
          f = failure[f];
          via = step(f, c);
        }
        int fail = via < 0 || via == child ? 0 : via;
        failure[child] = fail;
        outputLink[child] = outputs[fail].length > 0 ? fail : outputLink[fail];
        queue.add(child);
      }
    }
  }

  /** Calls {@code hits} for every occurrence of every keyword in {@code text}. */
  void scan(CharSequence text, Hits hits) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int next = step(state, c);
      while (next < 0 && state != 0) {
        state = failure[state];
        next = step(state, c);
      }
      state = next < 0 ? 0 : next;
      for (int out = state; out > 0; out = outputLink[out]) {
        for (int keyword : outputs[out]) {
          hits.hit(keyword, i + 1);
        }
      }
    }
  }

  private int step(int node, char c) {
    if (node == 0) {
      int t = rootTable[c];
      return t == 0 ? -1 : t;
    }
    int at = Arrays.binarySearch(keys[node], c);
    return at < 0 ? -1 : targets[node][at];
  }
}
