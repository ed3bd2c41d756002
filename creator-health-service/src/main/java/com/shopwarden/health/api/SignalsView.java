package com.shopwarden.health.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An account's commerce signals over rolling windows ending now.
 *
 * @param accountId the account
 * @param market the market
 * @param windows one entry per configured window, shortest first
 * @param asOf the instant the windows end at
 */
public record SignalsView(String accountId, String market, List<Window> windows, Instant asOf) {

  /**
   * Counts and rates over one window; a count belongs to the window its period ends in.
   *
   * @param window the window's length (ISO 8601, e.g. P30D)
   * @param from the window's start (exclusive)
   * @param to the window's end (inclusive)
   * @param counts each kind's total
   * @param rates each non-order kind per order; empty when the window holds no orders
   */
  public record Window(
      String window,
      Instant from,
      Instant to,
      Map<String, Long> counts,
      Map<String, BigDecimal> rates) {}
}
