package com.shopwarden.media.pdq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PdqHashTest {

  private static final String BRIDGE =
      "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

  @Test
  void hexRoundTripsInTheReferenceOrder() {
    PdqHash hash = PdqHash.fromHex(BRIDGE.toUpperCase());
    assertThat(hash.toHex()).isEqualTo(BRIDGE);
    // The last hex digit (2) holds bits 0..3 (coefficient row 0), the first two (f8) bits 248..255.
    assertThat(hash.bit(1)).isTrue();
    assertThat(hash.bit(0)).isFalse();
    assertThat(hash.bit(252)).isTrue();
    assertThat(hash.bit(251)).isTrue();
    assertThat(hash.bit(248)).isFalse();
    assertThat(new PdqHash(1, 0, 0, 0).toHex()).endsWith("0001").startsWith("0000");
    assertThat(new PdqHash(0, 0, 0, Long.MIN_VALUE).toHex()).startsWith("8000");
  }

  @Test
  void distanceCountsDifferingBits() {
    PdqHash a = PdqHash.fromHex(BRIDGE);
    PdqHash b = new PdqHash(a.w0() ^ 0b1011, a.w1(), a.w2() ^ (1L << 63), a.w3());
    assertThat(a.distance(a)).isZero();
    assertThat(a.distance(b)).isEqualTo(4);
    assertThat(new PdqHash(0, 0, 0, 0).distance(new PdqHash(-1, -1, -1, -1))).isEqualTo(256);
  }

  @Test
  void rejectsMalformedHex() {
    assertThatThrownBy(() -> PdqHash.fromHex("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PdqHash.fromHex(BRIDGE.replace('f', 'g')))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PdqHash.fromHex(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
