package com.shopwarden.moderation.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shipped lifecycle settings read, and a market file changes only what it names. */
class ShippedLifecycleSettingsTest {

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  void theDefaultAppliesToMarketsWithoutTheirOwnFile() {
    LifecyclePolicy my = LifecyclePolicies.load(json, "markets", "MY");
    assertThat(my.promotion().minLabelledOutcomes()).isEqualTo(50);
    assertThat(my.promotion().minPrecision()).isEqualTo(0.9);
    assertThat(my.canaryBuckets()).isEqualTo(500);
    assertThat(my.emergencyMaxHours()).isEqualTo(72);
    assertThat(my.protection().window()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aMarketFileOverridesOnlyWhatItNames() {
    LifecyclePolicy de = LifecyclePolicies.load(json, "markets", "DE");
    assertThat(de.promotion().minLabelledOutcomes()).isEqualTo(100);
    assertThat(de.promotion().minPrecision()).isEqualTo(0.95);
    assertThat(de.emergencyMaxHours()).isEqualTo(48);
    assertThat(de.shadowSampleShare()).isEqualTo(0.2);
    assertThat(de.protection().spikeFactor()).isEqualTo(3.0);
  }
}
