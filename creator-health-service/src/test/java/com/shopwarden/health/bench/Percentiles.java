package com.shopwarden.health.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Nearest-rank percentiles of a set of latencies in milliseconds. */
record Percentiles(int count, double p50, double p90, double p99, double max) {

  static Percentiles of(List<Double> millis) {
    if (millis.isEmpty()) {
      throw new IllegalArgumentException("no latencies measured");
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return new Percentiles(
        sorted.size(),
        rank(sorted, 0.50),
        rank(sorted, 0.90),
        rank(sorted, 0.99),
        sorted.get(sorted.size() - 1));
  }

  private static double rank(List<Double> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms",
        count,
        p50,
        p90,
        p99,
        max);
  }
}
