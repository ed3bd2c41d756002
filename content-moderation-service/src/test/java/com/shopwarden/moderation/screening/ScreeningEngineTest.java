package com.shopwarden.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.CompiledStrategy;
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

class ScreeningEngineTest {

  private final StrategyCompiler compiler = new StrategyCompiler();
  private final ScreeningEngine engine = new ScreeningEngine();
  private final TermIndex terms =
      TermIndex.compile(
          List.of(Term.of("t1", "weapons", "Schlagring", MatchMode.WHOLE_WORD, TermSeverity.HIGH)),
          List.of());

  private CompiledStrategy strategy(String name, String expr, Action action, Severity severity) {
    return new CompiledStrategy(
        UUID.randomUUID(),
        name,
        1,
        action,
        "P-" + name,
        severity,
        "{strategy}: {terms}",
        compiler.compile(expr));
  }

  private ScreeningInput input(String title, Map<String, Double> scores) {
    return new ScreeningInput(
        "PRODUCT_LISTING",
        "DE",
        "de",
        "shop",
        Map.of("title", title),
        10.0,
        "EUR",
        0,
        0,
        0,
        scores,
        List.of(),
        false,
        true);
  }

  @Test
  void blockBeatsReviewThenSeverityThenName() {
    String anyTerm = "signals.terms.size() > 0";
    StrategySet set =
        new StrategySet(
            List.of(
                strategy("b-review-critical", anyTerm, Action.REVIEW, Severity.CRITICAL),
                strategy("c-block-medium", anyTerm, Action.BLOCK, Severity.MEDIUM),
                strategy("a-block-medium", anyTerm, Action.BLOCK, Severity.MEDIUM),
                strategy("d-block-low", anyTerm, Action.BLOCK, Severity.LOW)));
    ScreeningOutcome outcome =
        engine.screen(
            input("SCHLAGRING kaufen", Map.of()),
            new MarketPolicy(terms, set),
            AccountContext.unknown());
    assertThat(outcome.verdict()).isEqualTo(Action.BLOCK);
    assertThat(outcome.decidedBy().name()).isEqualTo("a-block-medium");
    assertThat(outcome.reason()).isEqualTo("a-block-medium: Schlagring");
    assertThat(outcome.strategies())
        .extracting(ScreeningOutcome.StrategyHit::name)
        .containsExactly("a-block-medium", "c-block-medium", "d-block-low", "b-review-critical");
  }

  @Test
  void onlyStrategiesReadingPresentSignalsAreEvaluated() {
    StrategySet set =
        new StrategySet(
            List.of(
                strategy("terms", "signals.terms.size() > 0", Action.REVIEW, Severity.LOW),
                strategy(
                    "scores",
                    "\"weapon\" in signals.scores && signals.scores[\"weapon\"] > 0.5",
                    Action.BLOCK,
                    Severity.HIGH),
                strategy("content", "content.price < 1.0", Action.REVIEW, Severity.LOW)));
    MarketPolicy policy = new MarketPolicy(terms, set);
    assertThat(
            engine.screen(input("Blumen", Map.of()), policy, AccountContext.unknown()).evaluated())
        .isEqualTo(1);
    ScreeningOutcome scored =
        engine.screen(input("Blumen", Map.of("weapon", 0.9)), policy, AccountContext.unknown());
    assertThat(scored.evaluated()).isEqualTo(2);
    assertThat(scored.verdict()).isEqualTo(Action.BLOCK);
    assertThat(
            engine
                .screen(input("Schlagring", Map.of()), policy, AccountContext.unknown())
                .evaluated())
        .isEqualTo(2);
  }

  @Test
  void noMatchIsAllowWithoutStrategy() {
    ScreeningOutcome outcome =
        engine.screen(
            input("Blumen", Map.of()),
            new MarketPolicy(terms, StrategySet.empty()),
            AccountContext.unknown());
    assertThat(outcome.verdict()).isEqualTo(Action.ALLOW);
    assertThat(outcome.decidedBy()).isNull();
    assertThat(outcome.terms()).isEmpty();
  }
}
