package com.shopwarden.market;

import static com.shopwarden.market.LegalRegime.EU_DSA;
import static com.shopwarden.market.LegalRegime.MARKETPLACE_TERMS;
import static com.shopwarden.market.LegalRegime.UK_OSA;
import static com.shopwarden.market.LegalRegime.US_DMCA;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The definitions of every market Shopwarden knows, whether or not a deployment serves it. Build
 * one per process and share it: its calendars cache holidays per year.
 */
public final class MarketCatalog {

  private final Map<MarketCode, Market> markets;

  private MarketCatalog(Optional<Path> holidayOverrides) {
    Map<MarketCode, Market> defined = new EnumMap<>(MarketCode.class);
    for (MarketCode code : MarketCode.values()) {
      defined.put(code, define(code, MarketCalendars.forMarket(code, holidayOverrides)));
    }
    this.markets = Collections.unmodifiableMap(defined);
  }

  /** The catalog with the holiday lists bundled in this library. */
  public static MarketCatalog bundled() {
    return new MarketCatalog(Optional.empty());
  }

  /**
   * The catalog where {@code <dir>/<CODE>.txt}, when present, replaces the bundled holiday list of
   * a list-based market (ID, MY, PH, TH, VN, SG); other markets' holidays come from rules.
   *
   * @throws IllegalArgumentException if {@code dir} is not a directory (a missing mount is a
   *     configuration error, not a reason to fall back silently)
   */
  public static MarketCatalog withHolidayOverrides(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("Holiday override directory does not exist: " + dir);
    }
    return new MarketCatalog(Optional.of(dir));
  }

  /** The market with this code. */
  public Market of(MarketCode code) {
    return markets.get(Objects.requireNonNull(code, "code"));
  }

  /**
   * The market with this code, parsed strictly.
   *
   * @throws UnknownMarketException if it is not a market code
   */
  public Market of(String code) {
    return of(MarketCode.parse(code));
  }

  /** All known markets, in {@link MarketCode} order. */
  public List<Market> all() {
    return List.copyOf(markets.values());
  }

  private static Market define(MarketCode code, BusinessCalendar calendar) {
    return switch (code) {
      case ID -> market(code, "Asia/Jakarta", "IDR", calendar, "id", "en");
      case MY -> market(code, "Asia/Kuala_Lumpur", "MYR", calendar, "ms", "en", "zh");
      case PH -> market(code, "Asia/Manila", "PHP", calendar, "tl", "en");
      case TH -> market(code, "Asia/Bangkok", "THB", calendar, "th", "en");
      case VN -> market(code, "Asia/Ho_Chi_Minh", "VND", calendar, "vi", "en");
      case SG -> market(code, "Asia/Singapore", "SGD", calendar, "en", "zh", "ms");
      case GB -> market(code, "Europe/London", "GBP", calendar, "en");
      case DE -> market(code, "Europe/Berlin", "EUR", calendar, "de");
      case FR -> market(code, "Europe/Paris", "EUR", calendar, "fr");
      case ES -> market(code, "Europe/Madrid", "EUR", calendar, "es");
      case IT -> market(code, "Europe/Rome", "EUR", calendar, "it");
      case PL -> market(code, "Europe/Warsaw", "PLN", calendar, "pl");
      case IE -> market(code, "Europe/Dublin", "EUR", calendar, "en", "ga");
      case NL -> market(code, "Europe/Amsterdam", "EUR", calendar, "nl");
      // One zone for the whole US: the design counts US legal days in Eastern time.
      case US -> market(code, "America/New_York", "USD", calendar, "en", "es");
    };
  }

  private static Market market(
      MarketCode code, String zone, String currency, BusinessCalendar calendar, String... langs) {
    return new Market(
        code,
        ZoneId.of(zone),
        List.of(langs),
        Currency.getInstance(currency),
        regimes(code),
        calendar);
  }

  private static Set<LegalRegime> regimes(MarketCode code) {
    // Every EEA market known here is an EU member state (no IS, LI, NO), so EEA implies the DSA.
    if (code.isEea()) {
      return Set.of(EU_DSA, MARKETPLACE_TERMS);
    }
    return switch (code) {
      case US -> Set.of(US_DMCA, MARKETPLACE_TERMS);
      case GB -> Set.of(UK_OSA, MARKETPLACE_TERMS);
      default -> Set.of(MARKETPLACE_TERMS);
    };
  }
}
