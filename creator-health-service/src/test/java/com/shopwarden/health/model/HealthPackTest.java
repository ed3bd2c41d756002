package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopwarden.market.MarketCode;
import org.junit.jupiter.api.Test;

/** Every shipped pack is valid, and an inconsistent pack is refused with the field named. */
class HealthPackTest {

  @Test
  void everyKnownMarketShipsAValidPack() {
    for (MarketCode code : MarketCode.values()) {
      HealthPack pack = ShippedPacks.of(code.name());
      assertThat(pack.market()).isEqualTo(code.name());
      assertThat(pack.model())
          .isEqualTo(code == MarketCode.US ? ModelKind.RATING : ModelKind.POINTS);
    }
  }

  @Test
  void seaAndEuPacksShipTheSeaMilestonesAndNinetyDayExpiry() {
    for (String code : new String[] {"ID", "MY", "DE"}) {
      HealthPack pack = ShippedPacks.of(code);
      assertThat(pack.points().milestones()).containsExactly(12, 24, 36, 48);
      assertThat(pack.points().expiryDays()).isEqualTo(90);
      assertThat(pack.points().warningDistance()).isEqualTo(5);
    }
    assertThat(ShippedPacks.of("US").rating().milestones()).containsExactly(150, 100, 50, 0);
  }

  @Test
  void bandsWithAGapAreRefused() {
    String json =
        ShippedPacksJson.seaWithBands(
            "[{\"tier\":\"EXCELLENT\",\"min\":0,\"max\":0},{\"tier\":\"GOOD\",\"min\":2}]");
    assertThatThrownBy(() -> ShippedPacks.parse(json)).hasMessageContaining("without gaps");
  }

  @Test
  void packsWrittenBeforeTheAgeRepeatAndRecentWindowsLoadWithTheDefaults() throws Exception {
    HealthPack pack = ShippedPacks.parse(ShippedPacksJson.seaWithoutOptionalWindows());
    assertThat(pack.risk().newAccountDays()).isEqualTo(30);
    assertThat(pack.risk().repeatDays()).isEqualTo(90);
    assertThat(pack.recentViolationDays()).isEqualTo(90);
    assertThatThrownBy(() -> ShippedPacks.parse(ShippedPacksJson.seaWithRepeatDays(0)))
        .hasMessageContaining("risk.repeatDays must be above 0");
  }

  @Test
  void aPointsPackWithoutPointsRulesIsRefused() {
    String json = ShippedPacksJson.seaWithoutPointsRules();
    assertThatThrownBy(() -> ShippedPacks.parse(json)).hasMessageContaining("exactly the rules");
  }
}
