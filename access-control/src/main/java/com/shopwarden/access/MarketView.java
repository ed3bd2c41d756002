package com.shopwarden.access;

import com.shopwarden.market.LegalRegime;
import com.shopwarden.market.Market;
import java.util.List;

/** A market as the API shows it. */
public record MarketView(
    String code,
    String legalTimeZone,
    List<String> languages,
    String currency,
    List<LegalRegime> legalRegimes,
    boolean eea) {

  static MarketView of(Market market) {
    return new MarketView(
        market.code().name(),
        market.legalZone().getId(),
        market.languages(),
        market.currency().getCurrencyCode(),
        List.copyOf(market.legalRegimes()),
        market.isEea());
  }
}
