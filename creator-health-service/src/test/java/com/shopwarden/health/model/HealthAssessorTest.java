package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.ActiveRestriction;
import com.shopwarden.contracts.health.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health derived from a ledger and restrictions at an instant. */
class HealthAssessorTest {

  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  private final HealthPack sea = ShippedPacks.of("ID");
  private final HealthPack us = ShippedPacks.of("US");

  @Test
  void onlyActiveEntriesCountAndTheEarliestExpiryIsDue() {
    List<LedgerLine> entries =
        List.of(
            new LedgerLine(8, NOW.plus(Duration.ofDays(3)), false),
            new LedgerLine(6, NOW.plus(Duration.ofDays(1)), false),
            new LedgerLine(20, NOW.plus(Duration.ofDays(2)), true),
            new LedgerLine(9, NOW, false));
    Assessment assessment = HealthAssessor.assess(sea, entries, List.of(), NOW);
    assertThat(assessment.figure()).isEqualTo(14);
    assertThat(assessment.tier()).isEqualTo(Tier.CAUTION);
    assertThat(assessment.nextMilestone()).contains(24);
    assertThat(assessment.nextDueAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void ratingFallsWithActivePoints() {
    Assessment assessment =
        HealthAssessor.assess(
            us, List.of(new LedgerLine(43, NOW.plusSeconds(60), false)), List.of(), NOW);
    assertThat(assessment.figure()).isEqualTo(140);
    assertThat(assessment.tier()).isEqualTo(Tier.AT_RISK);
    assertThat(assessment.nextMilestone()).contains(100);
  }

  @Test
  void cleanAccountHasEveryBasePrivilegeOfItsTier() {
    Assessment assessment = HealthAssessor.assess(sea, List.of(), List.of(), NOW);
    assertThat(assessment.tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(assessment.privileges().eligibility())
        .allSatisfy((code, allowed) -> assertThat(allowed).isTrue());
    assertThat(assessment.affiliateCommissionRate()).isEqualByComparingTo("0.12");
    assertThat(assessment.listingQuota()).isEqualTo(5000);
    assertThat(assessment.nextDueAt()).isNull();
  }

  @Test
  void restrictionsInForceBlockTheirPrivilegesOnTopOfTheTier() {
    Instant ends = NOW.plus(Duration.ofDays(7));
    List<RestrictionLine> restrictions =
        List.of(
            new RestrictionLine("a-2", MeasureType.SUSPEND_LIVE, NOW.minusSeconds(5), ends, false),
            new RestrictionLine(
                "a-1", MeasureType.WITHHOLD_COMMISSION, NOW.minusSeconds(5), null, false),
            new RestrictionLine(
                "a-3", MeasureType.LIMIT_NEW_LISTINGS, NOW.minusSeconds(5), null, true),
            new RestrictionLine(
                "a-4", MeasureType.REMOVE_CONTENT, NOW.minusSeconds(5), null, false));
    Assessment assessment =
        HealthAssessor.assess(
            sea, List.of(new LedgerLine(13, NOW.plusSeconds(3600), false)), restrictions, NOW);
    assertThat(assessment.tier()).isEqualTo(Tier.CAUTION);
    assertThat(assessment.privileges().eligibility())
        .containsEntry("LIVE_SELLING", false)
        .containsEntry("AFFILIATE_COMMISSION", false)
        .containsEntry("INCENTIVE_PROGRAMMES", false) // the CAUTION tier's own
        .containsEntry("CAMPAIGNS", true)
        .containsEntry("NEW_LISTINGS", true); // its measure was lifted
    assertThat(assessment.privileges().activeRestrictions())
        .containsExactly(
            new ActiveRestriction("a-1", MeasureType.WITHHOLD_COMMISSION, null),
            new ActiveRestriction("a-2", MeasureType.SUSPEND_LIVE, ends));
    assertThat(assessment.affiliateCommissionRate()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(assessment.listingQuota()).isEqualTo(1000);
    // The published privileges carry the same numbers.
    assertThat(assessment.privileges().affiliateCommissionRate()).isEqualByComparingTo("0");
    assertThat(assessment.privileges().listingQuota()).isEqualTo(1000);
    assertThat(assessment.nextDueAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void aMeasureYetToStartIsDueWhenItStarts() {
    Instant starts = NOW.plus(Duration.ofHours(2));
    Assessment assessment =
        HealthAssessor.assess(
            sea,
            List.of(),
            List.of(
                new RestrictionLine("a-9", MeasureType.RESTRICT_CAMPAIGNS, starts, null, false)),
            NOW);
    assertThat(assessment.privileges().activeRestrictions()).isEmpty();
    assertThat(assessment.nextDueAt()).isEqualTo(starts);
    Assessment later =
        HealthAssessor.assess(
            sea,
            List.of(),
            List.of(
                new RestrictionLine("a-9", MeasureType.RESTRICT_CAMPAIGNS, starts, null, false)),
            starts);
    assertThat(later.privileges().eligibility()).containsEntry("CAMPAIGNS", false);
  }

  @Test
  void anAccountSuspensionPutsTheAccountInTheSuspendedTierWhateverItsPoints() {
    Assessment assessment =
        HealthAssessor.assess(
            us,
            List.of(),
            List.of(
                new RestrictionLine(
                    "a-5", MeasureType.SUSPEND_ACCOUNT, NOW.minusSeconds(1), null, false)),
            NOW);
    assertThat(assessment.figure()).isEqualTo(1000);
    assertThat(assessment.tier()).isEqualTo(Tier.SUSPENDED);
    assertThat(assessment.privileges().eligibility()).doesNotContainValue(true);
  }
}
