package com.shopwarden.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shipped review plans, routing, the priority formula and the stable sample. */
class ReviewPlanTest {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final ReviewPack DEFAULT = ReviewPlans.read(JSON, ReviewPlans.DEFAULT);

  private static ReviewPlan plan(String market) {
    ReviewPack own = ReviewPlans.read(JSON, ReviewPlans.resource(market));
    ReviewPack pack = own == null ? DEFAULT : own.over(DEFAULT);
    return new ReviewPlan(market, pack, pack.qaShare(), pack.allowSampleShare());
  }

  @Test
  void everyShippedPlanIsValidAndEndsWithACatchAllQueue() {
    for (String market : List.of("ID", "MY", "PH", "TH", "VN", "DE", "US")) {
      ReviewPlan plan = plan(market);
      assertThat(plan.queueIds())
          .contains(market + ".live", market + ".general")
          .endsWith(market + ".escalation", market + ".qa", market + ".labelling");
      assertThat(plan.route("SOMETHING_NEW", "en", "IMAGE").name()).isEqualTo("general");
      assertThat(plan.allowSampleShare()).isEqualTo(0.005);
    }
    assertThat(ReviewPlans.read(JSON, ReviewPlans.resource("US"))).isNull();
  }

  @Test
  void routingTakesTheFirstQueueWhosePolicyLanguageAndKindMatch() {
    ReviewPlan id = plan("ID");
    assertThat(id.route("COUNTERFEIT", "id", "PRODUCT_LISTING").name()).isEqualTo("counterfeit-id");
    assertThat(id.route("COUNTERFEIT", "en", "PRODUCT_LISTING").name()).isEqualTo("counterfeit");
    assertThat(id.route("COUNTERFEIT", "id", "LIVESTREAM_SEGMENT").name()).isEqualTo("live");
    assertThat(id.route("PROHIBITED_PRODUCT", "en", "SHORT_VIDEO").name()).isEqualTo("prohibited");
    assertThat(id.route("HATE_SPEECH", "en", "SHORT_VIDEO").name()).isEqualTo("conduct");
    assertThat(plan("MY").route("IP_INFRINGEMENT", "zh", "IMAGE").name())
        .isEqualTo("counterfeit-zh");
  }

  @Test
  void slaComesFromTheQueueThenTheMarketThenTheDefault() {
    ReviewPlan de = plan("DE");
    ReviewPack.QueueRule live = de.route("HATE_SPEECH", "de", "LIVESTREAM_SEGMENT");
    ReviewPack.QueueRule conduct = de.route("HATE_SPEECH", "de", "SHORT_VIDEO");
    assertThat(de.sla(live, Severity.CRITICAL)).isEqualTo(Duration.ofMinutes(5));
    assertThat(de.sla(conduct, Severity.HIGH)).isEqualTo(Duration.ofHours(4));
    assertThat(plan("ID").sla(conduct, Severity.HIGH)).isEqualTo(Duration.ofHours(8));
    assertThat(de.boosts().trustedFlagger()).isEqualTo(3.0);
    assertThat(plan("ID").qaShare()).isEqualTo(0.1);
    assertThat(plan("MY").qaShare()).isEqualTo(0.05);
    assertThat(de.harm(Severity.CRITICAL)).isEqualTo(8.0);
    assertThat(de.harm(null)).isEqualTo(1.0);
  }

  @Test
  void aBrokenPlanIsRefusedWithTheReason() {
    ReviewPack noCatchAll =
        new ReviewPack(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new ReviewPack.QueueRule("live", null, null, List.of("LIVESTREAM_SEGMENT"), null)));
    assertThatThrownBy(() -> new ReviewPlan("XX", noCatchAll.over(DEFAULT), 0.1, 0.1))
        .hasMessageContaining("the last queue must take everything");
    ReviewPack reserved =
        new ReviewPack(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new ReviewPack.QueueRule("qa", null, null, null, null)));
    assertThatThrownBy(() -> new ReviewPlan("XX", reserved.over(DEFAULT), 0.1, 0.1))
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> new ReviewPlan("XX", DEFAULT, 1.5, 0.1))
        .hasMessageContaining("qaShare");
    ReviewPack noSla =
        new ReviewPack(
            null,
            null,
            null,
            Map.of(Severity.LOW, Duration.ofHours(1)),
            null,
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> new ReviewPlan("XX", noSla.over(DEFAULT), 0.1, 0.1))
        .hasMessageContaining("sla: missing");
  }

  @Test
  void priorityIsHarmTimesReachTimesBoostTimesUrgency() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(TaskPriority.reach(0)).isEqualTo(1.0);
    assertThat(TaskPriority.reach(999)).isEqualTo(4.0, within(1e-12));
    assertThat(TaskPriority.reach(999_999)).isEqualTo(7.0, within(1e-12));

    Instant deadline = now.plus(Duration.ofHours(8));
    TaskPriority fresh = TaskPriority.at(4, 4, 2, 999, 8 * 3600, deadline, now);
    assertThat(fresh.urgency()).isEqualTo(1.0);
    assertThat(fresh.score()).isEqualTo(32.0, within(1e-9));
    assertThat(fresh.secondsLeft()).isEqualTo(8 * 3600);

    TaskPriority late =
        TaskPriority.at(4, 4, 2, 999, 8 * 3600, deadline, now.plusSeconds(7 * 3600));
    assertThat(late.urgency()).isEqualTo(8.0);
    // Past the deadline time left counts as one minute: the highest urgency of its SLA.
    TaskPriority overdue =
        TaskPriority.at(1, 1, 1, 0, 3600, deadline, deadline.plus(Duration.ofHours(3)));
    assertThat(overdue.urgency()).isEqualTo(60.0);
    assertThat(overdue.secondsLeft()).isEqualTo(-3 * 3600);
  }

  @Test
  void theStableSampleIsFixedPerIdAndTakesItsShare() {
    UUID id = UUID.fromString("3f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7a13");
    double position = StableSample.position(id);
    assertThat(position).isBetween(0.0, 1.0).isEqualTo(StableSample.position(id));
    assertThat(StableSample.includes(id, 0.0)).isFalse();
    assertThat(StableSample.includes(id, 1.0)).isTrue();
    assertThat(StableSample.includes(id, position)).isFalse();
    assertThat(StableSample.includes(id, Math.nextUp(position))).isTrue();

    int in = 0;
    for (int i = 0; i < 20_000; i++) {
      if (StableSample.includes(UUID.nameUUIDFromBytes(("item-" + i).getBytes()), 0.3)) {
        in++;
      }
    }
    assertThat(in / 20_000.0).isEqualTo(0.3, within(0.015));
  }
}
