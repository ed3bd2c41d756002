package com.shopwarden.localstack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  @Test
  void loopbackTargetsAreAccepted() {
    assertThatCode(() -> LoadGenerator.requireLoopback(URI.create("http://localhost:8081/x")))
        .doesNotThrowAnyException();
    assertThatCode(() -> LoadGenerator.requireLoopback(URI.create("http://127.0.0.1:8081/x")))
        .doesNotThrowAnyException();
  }

  @Test
  void anyOtherTargetIsRefused() {
    assertThatThrownBy(() -> LoadGenerator.requireLoopback(URI.create("http://10.1.2.3:8081/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
  }
}
