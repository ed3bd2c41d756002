package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.contracts.health.Tier;
import org.junit.jupiter.api.Test;

/** Figures, milestones and tier bands of the shipped SEA and US packs. */
class HealthScaleTest {

  private final HealthPack sea = ShippedPacks.of("ID");
  private final HealthPack us = ShippedPacks.of("US");

  @Test
  void pointsNeverGoBelowZero() {
    assertThat(sea.scale().figure(-3)).isZero();
    assertThat(sea.scale().figure(17)).isEqualTo(17);
  }

  @Test
  void ratingStartsAt1000AndLosesTwentyPerPointWithinZeroAndMax() {
    assertThat(us.scale().cleanFigure()).isEqualTo(1000);
    assertThat(us.scale().figure(10)).isEqualTo(800);
    assertThat(us.scale().figure(60)).isZero();
    assertThat(us.scale().figure(-5)).isEqualTo(1000);
  }

  @Test
  void reachingAPointsMilestoneExactlyCrossesIt() {
    assertThat(sea.scale().crossing(11, 12)).contains(new MilestoneCrossing(12, Direction.UP));
    assertThat(sea.scale().crossing(10, 11)).isEmpty();
    assertThat(sea.scale().crossing(12, 13)).isEmpty();
    assertThat(sea.scale().crossing(12, 11)).contains(new MilestoneCrossing(12, Direction.DOWN));
  }

  @Test
  void severalMilestonesAtOnceReportTheFurthestAlongTheMove() {
    assertThat(sea.scale().crossing(0, 40)).contains(new MilestoneCrossing(36, Direction.UP));
    assertThat(sea.scale().crossing(50, 5)).contains(new MilestoneCrossing(12, Direction.DOWN));
  }

  @Test
  void ratingMilestonesAreCrossedFallingToThem() {
    assertThat(us.scale().crossing(160, 150)).contains(new MilestoneCrossing(150, Direction.DOWN));
    assertThat(us.scale().crossing(151, 151)).isEmpty();
    assertThat(us.scale().crossing(150, 151)).contains(new MilestoneCrossing(150, Direction.UP));
    assertThat(us.scale().crossing(1000, 0)).contains(new MilestoneCrossing(0, Direction.DOWN));
  }

  @Test
  void nextMilestoneIsTheNextOneInTheWorseningDirection() {
    assertThat(sea.scale().nextMilestone(0)).contains(12);
    assertThat(sea.scale().nextMilestone(12)).contains(24);
    assertThat(sea.scale().nextMilestone(48)).isEmpty();
    assertThat(us.scale().nextMilestone(1000)).contains(150);
    assertThat(us.scale().nextMilestone(150)).contains(100);
    assertThat(us.scale().nextMilestone(0)).isEmpty();
  }

  @Test
  void bandsMapFiguresToTiersAtTheirEdges() {
    assertThat(sea.tierOf(0)).isEqualTo(Tier.EXCELLENT);
    assertThat(sea.tierOf(1)).isEqualTo(Tier.GOOD);
    assertThat(sea.tierOf(11)).isEqualTo(Tier.GOOD);
    assertThat(sea.tierOf(12)).isEqualTo(Tier.CAUTION);
    assertThat(sea.tierOf(24)).isEqualTo(Tier.AT_RISK);
    assertThat(sea.tierOf(48)).isEqualTo(Tier.SUSPENDED);
    assertThat(sea.tierOf(400)).isEqualTo(Tier.SUSPENDED);
    assertThat(us.tierOf(1000)).isEqualTo(Tier.EXCELLENT);
    assertThat(us.tierOf(799)).isEqualTo(Tier.GOOD);
    assertThat(us.tierOf(200)).isEqualTo(Tier.GOOD);
    assertThat(us.tierOf(199)).isEqualTo(Tier.CAUTION);
    assertThat(us.tierOf(151)).isEqualTo(Tier.CAUTION);
    assertThat(us.tierOf(150)).isEqualTo(Tier.AT_RISK);
    assertThat(us.tierOf(0)).isEqualTo(Tier.SUSPENDED);
  }
}
