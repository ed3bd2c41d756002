package com.shopwarden.market;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The markets one deployment serves, a configured subset of the {@link MarketCatalog}. Requests for
 * any other market are refused with a {@link MarketException}.
 */
public final class ServedMarkets {

  private final Map<MarketCode, Market> served;

  private ServedMarkets(Map<MarketCode, Market> served) {
    this.served = Collections.unmodifiableMap(served);
  }

  /**
   * The served markets from configured codes. Codes are parsed strictly; surrounding blanks and
   * duplicates are tolerated. There is no wildcard: a deployment names its markets.
   *
   * @param catalog the market definitions
   * @param codes the configured market codes, e.g. {@code ["ID", "MY", "US"]}
   * @throws IllegalArgumentException if no code is configured or a configured code is unknown
   */
  public static ServedMarkets of(MarketCatalog catalog, Collection<String> codes) {
    Objects.requireNonNull(catalog, "catalog");
    Map<MarketCode, Market> served = new EnumMap<>(MarketCode.class);
    if (codes != null) {
      for (String code : codes) {
        if (code == null || code.isBlank()) {
          continue;
        }
        MarketCode parsed;
        try {
          parsed = MarketCode.parse(code);
        } catch (UnknownMarketException e) {
          throw new IllegalArgumentException(
              "Configured market code '" + code.strip() + "' is not a known market code", e);
        }
        served.put(parsed, catalog.of(parsed));
      }
    }
    if (served.isEmpty()) {
      throw new IllegalArgumentException(
          "No markets configured: list the market codes this deployment serves");
    }
    return new ServedMarkets(served);
  }

  /**
   * The served market with this code.
   *
   * @throws UnknownMarketException if {@code code} is not a market code
   * @throws MarketNotServedException if it is a market this deployment does not serve
   */
  public Market require(String code) {
    return require(MarketCode.parse(code));
  }

  /**
   * The served market with this code.
   *
   * @throws MarketNotServedException if this deployment does not serve it
   */
  public Market require(MarketCode code) {
    Market market = served.get(Objects.requireNonNull(code, "code"));
    if (market == null) {
      throw new MarketNotServedException(code);
    }
    return market;
  }

  /** Whether {@code code} names a served market; false for unknown codes too. */
  public boolean serves(String code) {
    try {
      return serves(MarketCode.parse(code));
    } catch (UnknownMarketException e) {
      return false;
    }
  }

  /** Whether this deployment serves the market. */
  public boolean serves(MarketCode code) {
    return served.containsKey(code);
  }

  /** The served markets, in {@link MarketCode} order. */
  public Set<Market> markets() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(served.values()));
  }

  /** The served market codes, in {@link MarketCode} order. */
  public Set<MarketCode> codes() {
    return served.keySet();
  }

  @Override
  public String toString() {
    return "ServedMarkets" + served.keySet();
  }
}
