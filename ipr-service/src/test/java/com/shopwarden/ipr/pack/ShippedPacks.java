package com.shopwarden.ipr.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopwarden.market.MarketCatalog;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The IPR packs shipped in the service's resources, for every known market, for unit tests. */
public final class ShippedPacks {

  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  public static final MarketCatalog CATALOG = MarketCatalog.bundled();

  /** Every market, each with its shipped pack (loading also checks them). */
  public static final Map<MarketCode, IprPack> ALL =
      IprPacks.load(
          ServedMarkets.of(CATALOG, Arrays.stream(MarketCode.values()).map(Enum::name).toList()),
          Optional.empty(),
          MAPPER);

  private ShippedPacks() {}

  public static IprPack of(String code) {
    return ALL.get(MarketCode.parse(code));
  }
}
