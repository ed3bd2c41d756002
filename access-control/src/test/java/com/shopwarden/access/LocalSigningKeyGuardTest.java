package com.shopwarden.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

class LocalSigningKeyGuardTest {

  @Test
  void productionWithLocalKeyIsRefused() {
    assertThatThrownBy(() -> LocalSigningKeyGuard.verify(LaunchMode.NORMAL, "prod", true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("local signing key");
  }

  @Test
  void productionWithProviderKeysStarts() {
    assertThatCode(() -> LocalSigningKeyGuard.verify(LaunchMode.NORMAL, "prod", false))
        .doesNotThrowAnyException();
  }

  @Test
  void localRunAndTestsMayUseLocalKey() {
    assertThatCode(() -> LocalSigningKeyGuard.verify(LaunchMode.NORMAL, "local", true))
        .doesNotThrowAnyException();
    assertThatCode(() -> LocalSigningKeyGuard.verify(LaunchMode.TEST, "prod", true))
        .doesNotThrowAnyException();
  }
}
