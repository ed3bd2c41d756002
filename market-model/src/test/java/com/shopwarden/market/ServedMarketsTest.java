package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServedMarketsTest {

  private final MarketCatalog catalog = MarketCatalog.bundled();
  private final ServedMarkets served = ServedMarkets.of(catalog, List.of("ID", "MY", "US"));

  @Test
  void servedCodeGivesTheMarket() {
    Market id = served.require("id");
    assertThat(id.code()).isEqualTo(MarketCode.ID);
    assertThat(id).isSameAs(catalog.of(MarketCode.ID));
    assertThat(served.serves("US")).isTrue();
    assertThat(served.serves(MarketCode.MY)).isTrue();
  }

  @Test
  void knownButNotServedIsRefused() {
    MarketNotServedException e =
        catchThrowableOfType(MarketNotServedException.class, () -> served.require("DE"));
    assertThat(e).isInstanceOf(MarketException.class);
    assertThat(e.code()).isEqualTo("DE");
    assertThat(e.marketCode()).isEqualTo(MarketCode.DE);
    assertThat(e).hasMessage("Market 'DE' is not served by this deployment.");
    assertThat(served.serves("DE")).isFalse();
  }

  @Test
  void garbageIsUnknown() {
    UnknownMarketException e =
        catchThrowableOfType(UnknownMarketException.class, () -> served.require("XX"));
    assertThat(e).isInstanceOf(MarketException.class);
    assertThat(e.code()).isEqualTo("XX");
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("com.shopwarden");
    assertThat(served.serves("not a market")).isFalse();
    assertThat(served.serves((String) null)).isFalse();
  }

  @Test
  void marketsInCodeOrder() {
    assertThat(ServedMarkets.of(catalog, List.of("US", " my", "ID", "US")).markets())
        .extracting(Market::code)
        .containsExactly(MarketCode.ID, MarketCode.MY, MarketCode.US);
    assertThat(served.codes()).containsExactly(MarketCode.ID, MarketCode.MY, MarketCode.US);
  }

  @Test
  void emptyConfigurationIsAnError() {
    assertThatThrownBy(() -> ServedMarkets.of(catalog, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No markets configured");
    assertThatThrownBy(() -> ServedMarkets.of(catalog, Arrays.asList(" ", null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServedMarkets.of(catalog, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wildcardOrUnknownConfiguredCodeIsAnError() {
    assertThatThrownBy(() -> ServedMarkets.of(catalog, List.of("*")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'*'");
    assertThatThrownBy(() -> ServedMarkets.of(catalog, List.of("ID", "UK")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'UK'");
  }
}
