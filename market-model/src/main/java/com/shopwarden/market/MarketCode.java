package com.shopwarden.market;

import java.util.Locale;

/**
 * The markets Shopwarden knows, by ISO 3166-1 alpha-2 country code. Knowing a market does not mean
 * a deployment serves it; see {@link ServedMarkets}.
 */
public enum MarketCode {
  /** Indonesia. */
  ID(false),
  /** Malaysia. */
  MY(false),
  /** Philippines. */
  PH(false),
  /** Thailand. */
  TH(false),
  /** Vietnam. */
  VN(false),
  /** Singapore. */
  SG(false),
  /** United Kingdom (left the EEA on 31 January 2020). */
  GB(false),
  /** Germany. */
  DE(true),
  /** France. */
  FR(true),
  /** Spain. */
  ES(true),
  /** Italy. */
  IT(true),
  /** Poland. */
  PL(true),
  /** Ireland. */
  IE(true),
  /** Netherlands. */
  NL(true),
  /** United States. */
  US(false);

  private final boolean eea;

  MarketCode(boolean eea) {
    this.eea = eea;
  }

  /** Whether the country belongs to the European Economic Area. */
  public boolean isEea() {
    return eea;
  }

  /**
   * Parses a market code strictly: surrounding whitespace and letter case are ignored, nothing else
   * is (no aliases such as "UK", no names).
   *
   * @throws UnknownMarketException if the value is not one of the known codes
   */
  public static MarketCode parse(String value) {
    if (value == null || value.isBlank()) {
      throw new UnknownMarketException(value);
    }
    String normalised = value.trim().toUpperCase(Locale.ROOT);
    for (MarketCode code : values()) {
      if (code.name().equals(normalised)) {
        return code;
      }
    }
    throw new UnknownMarketException(value);
  }
}
