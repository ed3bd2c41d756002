package com.shopwarden.health.signals;

import com.shopwarden.contracts.commerce.CommerceSignalKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rates of an account's commerce problems over a window: each kind's count per order counted in the
 * same window. Pure, so windows and their rates can be recomputed from the stored counts.
 */
public final class SignalRates {

  private SignalRates() {}

  /**
   * Each non-order kind's count divided by the orders, to four decimals; a kind is left out when
   * the window holds no orders (a rate of nothing is not 0).
   */
  public static Map<String, BigDecimal> of(Map<CommerceSignalKind, Long> counts) {
    long orders = counts.getOrDefault(CommerceSignalKind.ORDER, 0L);
    Map<String, BigDecimal> rates = new TreeMap<>();
    if (orders == 0) {
      return rates;
    }
    for (CommerceSignalKind kind : CommerceSignalKind.values()) {
      if (kind == CommerceSignalKind.ORDER) {
        continue;
      }
      long count = counts.getOrDefault(kind, 0L);
      rates.put(
          kind.name(),
          BigDecimal.valueOf(count).divide(BigDecimal.valueOf(orders), 4, RoundingMode.HALF_UP));
    }
    return rates;
  }

  /** Every kind with its count, 0 where none was reported. */
  public static Map<CommerceSignalKind, Long> complete(Map<CommerceSignalKind, Long> counts) {
    Map<CommerceSignalKind, Long> all = new EnumMap<>(CommerceSignalKind.class);
    for (CommerceSignalKind kind : CommerceSignalKind.values()) {
      all.put(kind, counts.getOrDefault(kind, 0L));
    }
    return all;
  }
}
