package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketCatalogTest {

  private final MarketCatalog catalog = MarketCatalog.bundled();

  @Test
  void definesEveryMarketCode() {
    assertThat(catalog.all()).extracting(Market::code).containsExactly(MarketCode.values());
    for (Market market : catalog.all()) {
      assertThat(market.legalRegimes()).contains(LegalRegime.MARKETPLACE_TERMS);
      assertThat(market.isSubjectTo(LegalRegime.EU_DSA)).isEqualTo(market.isEea());
    }
  }

  @Test
  void legalTimeZones() {
    Map<MarketCode, String> zones =
        Map.ofEntries(
            Map.entry(MarketCode.US, "America/New_York"),
            Map.entry(MarketCode.ID, "Asia/Jakarta"),
            Map.entry(MarketCode.MY, "Asia/Kuala_Lumpur"),
            Map.entry(MarketCode.PH, "Asia/Manila"),
            Map.entry(MarketCode.TH, "Asia/Bangkok"),
            Map.entry(MarketCode.VN, "Asia/Ho_Chi_Minh"),
            Map.entry(MarketCode.SG, "Asia/Singapore"),
            Map.entry(MarketCode.GB, "Europe/London"),
            Map.entry(MarketCode.DE, "Europe/Berlin"),
            Map.entry(MarketCode.FR, "Europe/Paris"),
            Map.entry(MarketCode.ES, "Europe/Madrid"),
            Map.entry(MarketCode.IT, "Europe/Rome"),
            Map.entry(MarketCode.PL, "Europe/Warsaw"),
            Map.entry(MarketCode.IE, "Europe/Dublin"),
            Map.entry(MarketCode.NL, "Europe/Amsterdam"));
    zones.forEach(
        (code, zone) -> assertThat(catalog.of(code).legalZone()).isEqualTo(ZoneId.of(zone)));
  }

  @Test
  void languagesAndCurrencies() {
    assertThat(catalog.of(MarketCode.SG).languages()).containsExactly("en", "zh", "ms");
    assertThat(catalog.of(MarketCode.IE).languages()).containsExactly("en", "ga");
    assertThat(catalog.of(MarketCode.US).languages()).containsExactly("en", "es");
    assertThat(catalog.of(MarketCode.PL).currency().getCurrencyCode()).isEqualTo("PLN");
    assertThat(catalog.of(MarketCode.NL).currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(catalog.of(MarketCode.VN).currency().getCurrencyCode()).isEqualTo("VND");
  }

  @Test
  void lookupByStringIsStrict() {
    assertThat(catalog.of(" us ").code()).isEqualTo(MarketCode.US);
    assertThatThrownBy(() -> catalog.of("UK")).isInstanceOf(UnknownMarketException.class);
  }
}
