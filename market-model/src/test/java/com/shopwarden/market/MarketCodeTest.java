package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class MarketCodeTest {

  @Test
  void parsesCaseInsensitively() {
    assertThat(MarketCode.parse("ID")).isEqualTo(MarketCode.ID);
    assertThat(MarketCode.parse("vn")).isEqualTo(MarketCode.VN);
    assertThat(MarketCode.parse(" Gb ")).isEqualTo(MarketCode.GB);
  }

  @Test
  void unknownCodesAreRefusedWithTheOffendingCode() {
    UnknownMarketException e =
        catchThrowableOfType(UnknownMarketException.class, () -> MarketCode.parse("UK"));
    assertThat(e.code()).isEqualTo("UK");
    assertThat(e).hasMessage("'UK' is not a known market code.");
  }

  @Test
  void messagesDoNotEchoArbitraryInput() {
    UnknownMarketException e =
        catchThrowableOfType(
            UnknownMarketException.class, () -> MarketCode.parse("<script>alert(1)</script>"));
    assertThat(e.code()).isEqualTo("<script>alert(1)</script>");
    assertThat(e.getMessage()).doesNotContain("script");
    assertThat(catchThrowableOfType(UnknownMarketException.class, () -> MarketCode.parse(null)))
        .hasMessage("A market code is required.");
    assertThat(catchThrowableOfType(UnknownMarketException.class, () -> MarketCode.parse(" ")))
        .hasMessage("A market code is required.");
  }
}
