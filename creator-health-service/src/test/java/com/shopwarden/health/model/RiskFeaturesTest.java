package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.health.model.RiskFeatures.PolicyViolation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Account age, repeats per policy and the severity mix, exactly, with their window edges. */
class RiskFeaturesTest {

  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

  private final RiskRules rules = ShippedPacks.of("ID").risk();

  @Test
  void anAccountIsNewForThirtyDaysFromWhenItWasFirstSeen() {
    Map<String, BigDecimal> young = new TreeMap<>();
    Instant seen = NOW.minus(Duration.ofDays(30)).plusMillis(1);
    Instant grown = RiskFeatures.age(rules, seen, NOW, young);
    assertThat(young)
        .containsEntry("newAccount", BigDecimal.ONE)
        .containsEntry("accountAgeDays", BigDecimal.valueOf(29));
    assertThat(grown).isEqualTo(NOW.plusMillis(1));

    Map<String, BigDecimal> old = new TreeMap<>();
    assertThat(RiskFeatures.age(rules, NOW.minus(Duration.ofDays(30)), NOW, old)).isNull();
    assertThat(old)
        .containsEntry("newAccount", BigDecimal.ZERO)
        .containsEntry("accountAgeDays", BigDecimal.valueOf(30));

    Map<String, BigDecimal> unknown = new TreeMap<>();
    assertThat(RiskFeatures.age(rules, null, NOW, unknown)).isNull();
    assertThat(unknown).isEmpty();
  }

  @Test
  void repeatsCountEachPolicysViolationsBeyondTheFirstWithinNinetyDays() {
    Instant edge = NOW.minus(Duration.ofDays(90));
    List<PolicyViolation> recent =
        List.of(
            new PolicyViolation("COUNTERFEIT", edge), // on the edge: out of the window
            new PolicyViolation("COUNTERFEIT", edge.plusSeconds(10)),
            new PolicyViolation("COUNTERFEIT", NOW.minusSeconds(5)),
            new PolicyViolation("COUNTERFEIT", NOW),
            new PolicyViolation("HATE_SPEECH", NOW.minus(Duration.ofDays(3))),
            new PolicyViolation(null, NOW),
            new PolicyViolation(null, NOW));
    Map<String, BigDecimal> features = new TreeMap<>();
    Instant next = RiskFeatures.policyRepeats(rules, recent, NOW, features);
    assertThat(features)
        .containsOnly(Map.entry("policyRepeats.COUNTERFEIT", BigDecimal.valueOf(2)));
    // The count falls when the oldest counterfeit violation in the window leaves it.
    assertThat(next).isEqualTo(NOW.plusSeconds(10));
  }

  @Test
  void theSeverityMixListsEveryLevel() {
    Map<String, BigDecimal> features = new TreeMap<>();
    RiskFeatures.severityMix(List.of("HIGH", "CRITICAL", "HIGH"), features);
    assertThat(features)
        .containsExactly(
            Map.entry("severity.CRITICAL", BigDecimal.ONE),
            Map.entry("severity.HIGH", BigDecimal.valueOf(2)),
            Map.entry("severity.LOW", BigDecimal.ZERO),
            Map.entry("severity.MEDIUM", BigDecimal.ZERO));
  }

  @Test
  void aPolicyFeatureTakesItsFamilysWeightAndScoresExactly() {
    Map<String, BigDecimal> features = new TreeMap<>();
    features.put("policyRepeats.COUNTERFEIT", BigDecimal.valueOf(2));
    features.put("severity.CRITICAL", BigDecimal.ONE);
    features.put("newAccount", BigDecimal.ONE);
    features.put("accountAgeDays", BigDecimal.valueOf(12));
    RiskScore score = RiskScore.of(rules, features);
    assertThat(score.contributions())
        .containsEntry("policyRepeats.COUNTERFEIT", new BigDecimal("8.0000"))
        .containsEntry("severity.CRITICAL", new BigDecimal("8.0000"))
        .containsEntry("newAccount", new BigDecimal("5.0000"))
        .containsEntry("accountAgeDays", new BigDecimal("0.0000"));
    assertThat(score.score()).isEqualByComparingTo("21");
  }

  @Test
  void aCrossingIsNamedByTheEntryThatCausedItTheMilestoneAndTheDirection() {
    UUID entry = UUID.fromString("00000000-0000-0000-0000-000000000012");
    MilestoneCrossing up = new MilestoneCrossing(12, Direction.UP);
    assertThat(CrossingIds.identified(up, entry).crossingId())
        .isEqualTo("00000000-0000-0000-0000-000000000012/12/UP");
    assertThat(CrossingIds.identified(up, entry)).isEqualTo(CrossingIds.identified(up, entry));
    assertThat(
            CrossingIds.identified(new MilestoneCrossing(12, Direction.DOWN), entry).crossingId())
        .endsWith("/12/DOWN");
    assertThat(CrossingIds.identified(up, null).crossingId()).isNull();
  }
}
