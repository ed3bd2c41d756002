package com.shopwarden.enforcement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.MilestoneCrossing;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped penalty policies evaluated without a container: exact measures and dates. */
class PenaltyLadderTest {

  private static final PenaltyPolicies POLICIES =
      new PenaltyPolicies(
          List.of(
              "penalty-policies/sea-points.json",
              "penalty-policies/us-rating.json",
              "penalty-policies/eu-points.json"),
          Optional.empty());
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

  private final PenaltyPolicy sea = POLICIES.find("ID").orElseThrow();
  private final PenaltyPolicy us = POLICIES.find("US").orElseThrow();

  @Test
  void everyMarketOfTheDefaultDeploymentHasAPolicy() {
    for (String market :
        List.of(
            "ID", "MY", "PH", "TH", "VN", "SG", "GB", "DE", "FR", "ES", "IT", "PL", "IE", "NL",
            "US")) {
      assertThat(POLICIES.find(market)).as(market).isPresent();
    }
    assertThat(POLICIES.find("MY").orElseThrow().model()).isEqualTo("sea-points");
    assertThat(POLICIES.find("DE").orElseThrow().model()).isEqualTo("eu-points");
    assertThat(sea.pointsExpiryDays()).isEqualTo(90);
    assertThat(sea.warningWithinPoints()).isEqualTo(5);
  }

  @Test
  void violationCarriesItsPointsOnTheContentMeasure() {
    PlannedMeasure ip =
        PenaltyLadder.forViolation(
            sea, "ID", "IP_INFRINGEMENT", Severity.HIGH, ContentKind.SHORT_VIDEO, AT, JAKARTA);
    assertThat(ip).isEqualTo(new PlannedMeasure(MeasureType.REMOVE_CONTENT, AT, null, 12));
  }

  @Test
  void removingAListingDelistsTheProduct() {
    PlannedMeasure counterfeit =
        PenaltyLadder.forViolation(
            sea, "ID", "COUNTERFEIT", Severity.LOW, ContentKind.PRODUCT_LISTING, AT, JAKARTA);
    assertThat(counterfeit).isEqualTo(new PlannedMeasure(MeasureType.DELIST_PRODUCT, AT, null, 4));
  }

  @Test
  void timedContentMeasureEndsOnTheExactDay() {
    PlannedMeasure live =
        PenaltyLadder.forViolation(
            sea,
            "ID",
            "LIVESTREAM_CONDUCT",
            Severity.HIGH,
            ContentKind.LIVESTREAM_SEGMENT,
            AT,
            JAKARTA);
    assertThat(live.type()).isEqualTo(MeasureType.SUSPEND_LIVE);
    assertThat(live.endsAt()).isEqualTo(Instant.parse("2026-03-09T10:15:30Z"));
    assertThat(live.points()).isEqualTo(12);
  }

  @Test
  void daysAreCalendarDaysInTheLegalZoneAcrossDaylightSaving() {
    // 2026-03-08 is the US change to daylight time: 7 local days are 167 hours.
    PlannedMeasure plan =
        PenaltyLadder.forMilestone(us, new MilestoneCrossing(150, Direction.DOWN), AT, NEW_YORK)
            .get(0);
    assertThat(plan.endsAt()).isEqualTo(Instant.parse("2026-03-09T09:15:30Z"));
    assertThat(Duration.between(AT, plan.endsAt())).isEqualTo(Duration.ofHours(167));
  }

  @Test
  void seaMilestonesApplyTheirAccountMeasuresWithoutPoints() {
    assertThat(PenaltyLadder.forMilestone(sea, up(12), AT, JAKARTA))
        .containsExactly(
            new PlannedMeasure(
                MeasureType.RESTRICT_CAMPAIGNS, AT, Instant.parse("2026-03-09T10:15:30Z"), 0));
    assertThat(PenaltyLadder.forMilestone(sea, up(24), AT, JAKARTA))
        .extracting(PlannedMeasure::type)
        .containsExactly(
            MeasureType.RESTRICT_CAMPAIGNS,
            MeasureType.REMOVE_FROM_AFFILIATE,
            MeasureType.LIMIT_NEW_LISTINGS);
    assertThat(PenaltyLadder.forMilestone(sea, up(36), AT, JAKARTA).get(0))
        .isEqualTo(
            new PlannedMeasure(
                MeasureType.DEACTIVATE_SHOP, AT, Instant.parse("2026-03-30T10:15:30Z"), 0));
    assertThat(PenaltyLadder.forMilestone(sea, up(48), AT, JAKARTA))
        .containsExactly(new PlannedMeasure(MeasureType.TERMINATE_ACCOUNT, AT, null, 0));
  }

  @Test
  void recoveringAcrossAMilestoneLiftsNothingAndUnknownMilestonesApplyNothing() {
    assertThat(
            PenaltyLadder.forMilestone(sea, new MilestoneCrossing(12, Direction.DOWN), AT, JAKARTA))
        .isEmpty();
    assertThat(PenaltyLadder.forMilestone(sea, up(13), AT, JAKARTA)).isEmpty();
    assertThat(
            PenaltyLadder.forMilestone(us, new MilestoneCrossing(150, Direction.UP), AT, NEW_YORK))
        .isEmpty();
  }

  @Test
  void usRatingMilestonesLimitListingsThenTerminate() {
    assertThat(end(us, 150)).isEqualTo(Instant.parse("2026-03-09T09:15:30Z"));
    assertThat(end(us, 100)).isEqualTo(Instant.parse("2026-03-16T09:15:30Z"));
    assertThat(end(us, 50)).isEqualTo(Instant.parse("2026-03-30T09:15:30Z"));
    for (int milestone : List.of(150, 100, 50)) {
      assertThat(
              PenaltyLadder.forMilestone(
                  us, new MilestoneCrossing(milestone, Direction.DOWN), AT, NEW_YORK))
          .extracting(PlannedMeasure::type, PlannedMeasure::points)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(MeasureType.LIMIT_NEW_LISTINGS, 0));
    }
    assertThat(
            PenaltyLadder.forMilestone(us, new MilestoneCrossing(0, Direction.DOWN), AT, NEW_YORK))
        .containsExactly(new PlannedMeasure(MeasureType.TERMINATE_ACCOUNT, AT, null, 0));
  }

  @Test
  void usRatingDeductionIsStatedAsThePoints() {
    assertThat(
            PenaltyLadder.forViolation(
                    us, "US", "COUNTERFEIT", Severity.MEDIUM, ContentKind.SHORT_VIDEO, AT, NEW_YORK)
                .points())
        .isEqualTo(100);
  }

  @Test
  void sixthViolationOfOnePolicyInTheWindowWithholdsCommissionOnce() {
    assertThat(PenaltyLadder.forRepeat(sea, 5, AT, JAKARTA)).isEmpty();
    assertThat(PenaltyLadder.forRepeat(sea, 6, AT, JAKARTA))
        .isEqualTo(
            Optional.of(
                new PlannedMeasure(
                    MeasureType.WITHHOLD_COMMISSION,
                    AT,
                    Instant.parse("2026-05-31T10:15:30Z"),
                    0)));
    assertThat(PenaltyLadder.forRepeat(sea, 7, AT, JAKARTA)).isEmpty();
    assertThat(PenaltyLadder.repeatWindowStart(sea, AT, JAKARTA))
        .isEqualTo(Instant.parse("2025-12-02T10:15:30Z"));
  }

  @Test
  void repeatInfringerRevokesSellingPrivileges() {
    assertThat(PenaltyLadder.forRepeatInfringer(sea, AT, JAKARTA))
        .isEqualTo(new PlannedMeasure(MeasureType.REVOKE_SELLING_PRIVILEGES, AT, null, 0));
  }

  @Test
  void unknownPolicyCodeIsRefusedByName() {
    assertThatThrownBy(
            () ->
                PenaltyLadder.forViolation(
                    sea, "ID", "NO_SUCH_POLICY", Severity.LOW, ContentKind.IMAGE, AT, JAKARTA))
        .isInstanceOf(UnknownPolicyException.class)
        .hasMessageContaining("NO_SUCH_POLICY");
  }

  private Instant end(PenaltyPolicy policy, int milestone) {
    return PenaltyLadder.forMilestone(
            policy, new MilestoneCrossing(milestone, Direction.DOWN), AT, NEW_YORK)
        .get(0)
        .endsAt();
  }

  private static MilestoneCrossing up(int milestone) {
    return new MilestoneCrossing(milestone, Direction.UP);
  }
}
