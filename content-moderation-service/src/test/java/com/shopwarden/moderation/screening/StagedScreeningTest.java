package com.shopwarden.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.CompiledStrategy;
import com.shopwarden.moderation.strategy.ContentBucket;
import com.shopwarden.moderation.strategy.Stage;
import com.shopwarden.moderation.strategy.StrategyCompiler;
import com.shopwarden.moderation.strategy.StrategySet;
import com.shopwarden.text.MatchMode;
import com.shopwarden.text.Term;
import com.shopwarden.text.TermIndex;
import com.shopwarden.text.TermSeverity;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The engine with strategies in SHADOW, CANARY and ACTIVE (pure logic, no Quarkus). */
class StagedScreeningTest {

  private final StrategyCompiler compiler = new StrategyCompiler();
  private final ScreeningEngine engine = new ScreeningEngine();
  private final TermIndex terms =
      TermIndex.compile(
          List.of(Term.of("t1", "weapons", "Schlagring", MatchMode.WHOLE_WORD, TermSeverity.HIGH)),
          List.of());
  private final ScreeningInput item =
      new ScreeningInput(
          "PRODUCT_LISTING",
          "DE",
          "de",
          "shop",
          Map.of("title", "Schlagring"),
          null,
          null,
          0,
          0,
          0,
          Map.of(),
          List.of(),
          false,
          true);

  private CompiledStrategy strategy(UUID id, int version, Action action, Stage stage) {
    return new CompiledStrategy(
        id,
        "weapons",
        version,
        action,
        "WEAPONS",
        Severity.HIGH,
        "{terms}",
        compiler.compile("signals.terms.size() > 0"),
        stage,
        false);
  }

  @Test
  void shadowMatchesAreObservedNotActedOn() {
    CompiledStrategy shadow = strategy(UUID.randomUUID(), 1, Action.BLOCK, Stage.SHADOW);
    ScreeningOutcome outcome =
        engine.screen(
            item, new MarketPolicy(terms, new StrategySet(List.of(shadow), 10_000)), unknown(), 0);
    assertThat(outcome.verdict()).isEqualTo(Action.ALLOW);
    assertThat(outcome.decidedBy()).isNull();
    assertThat(outcome.strategies()).isEmpty();
    assertThat(outcome.observed())
        .extracting(ScreeningOutcome.StrategyHit::stage)
        .containsExactly("SHADOW");
  }

  @Test
  void aCanaryReplacesItsActiveVersionInsideItsShareOnly() {
    UUID id = UUID.randomUUID();
    CompiledStrategy active = strategy(id, 1, Action.REVIEW, Stage.ACTIVE);
    CompiledStrategy canary = strategy(id, 2, Action.BLOCK, Stage.CANARY);
    // 25% of buckets are in the canary.
    MarketPolicy policy = new MarketPolicy(terms, new StrategySet(List.of(active, canary), 2500));

    ScreeningOutcome inside = engine.screen(item, policy, unknown(), 2499);
    assertThat(inside.verdict()).isEqualTo(Action.BLOCK);
    assertThat(inside.decidedBy().version()).isEqualTo(2);
    assertThat(inside.observed())
        .extracting(ScreeningOutcome.StrategyHit::version)
        .containsExactly(1);

    ScreeningOutcome outside = engine.screen(item, policy, unknown(), 2500);
    assertThat(outside.verdict()).isEqualTo(Action.REVIEW);
    assertThat(outside.decidedBy().version()).isEqualTo(1);
    assertThat(outside.observed())
        .extracting(ScreeningOutcome.StrategyHit::stage)
        .containsExactly("CANARY");

    // Screening without an item identity is outside every canary.
    assertThat(engine.screen(item, policy, unknown()).decidedBy().version()).isEqualTo(1);
  }

  @Test
  void bucketsAreStableAndSpreadAcrossTheRange() {
    assertThat(ContentBucket.canary("shop-web", "listing-1"))
        .isEqualTo(ContentBucket.canary("shop-web", "listing-1"))
        .isBetween(0, ContentBucket.BUCKETS - 1);
    int inHalf = 0;
    for (int i = 0; i < 1000; i++) {
      inHalf += ContentBucket.canary("shop-web", "listing-" + i) < 5000 ? 1 : 0;
    }
    assertThat(inHalf).isBetween(400, 600);
    assertThat(ContentBucket.shadowSampled("shop-web", "listing-1", 0.0)).isFalse();
    assertThat(ContentBucket.shadowSampled("shop-web", "listing-1", 1.0)).isTrue();
  }

  @Test
  void eachStageAllowsOneStepForwardABackstepToShadowOrRetirement() {
    assertThat(Stage.DRAFT.allowedTargets()).containsExactly(Stage.SHADOW, Stage.RETIRED);
    assertThat(Stage.SHADOW.allowedTargets()).containsExactly(Stage.CANARY, Stage.RETIRED);
    assertThat(Stage.CANARY.allowedTargets())
        .containsExactly(Stage.ACTIVE, Stage.SHADOW, Stage.RETIRED);
    assertThat(Stage.ACTIVE.allowedTargets()).containsExactly(Stage.SHADOW, Stage.RETIRED);
    assertThat(Stage.RETIRED.allowedTargets()).isEmpty();
  }

  private static AccountContext unknown() {
    return AccountContext.unknown();
  }
}
