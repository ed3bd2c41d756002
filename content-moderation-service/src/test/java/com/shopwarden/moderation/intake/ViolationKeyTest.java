package com.shopwarden.moderation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationKeyTest {

  @Test
  void aKeyReadsBackAsTheItemItNames() {
    ViolationKey key = new ViolationKey("shop-app", "listing/42", 3, "COUNTERFEIT", "SELLER");

    assertThat(key.format()).isEqualTo("moderation/shop-app/listing/42/v3/COUNTERFEIT/SELLER");
    assertThat(ViolationKey.parse(key.format())).contains(key);
  }

  @Test
  void otherServicesKeysAreNotModerationViolations() {
    assertThat(ViolationKey.parse("ipr-notice:n-1:c-1:v1:IP_INFRINGEMENT")).isEmpty();
    assertThat(ViolationKey.parse("moderation/shop-app/listing-1/vX/COUNTERFEIT/SELLER")).isEmpty();
  }
}
