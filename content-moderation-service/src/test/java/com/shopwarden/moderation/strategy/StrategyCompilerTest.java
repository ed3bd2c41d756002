package com.shopwarden.moderation.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopwarden.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyCompilerTest {

  private final StrategyCompiler compiler = new StrategyCompiler();

  @Test
  void macrosWorkAndFamiliesAreFound() {
    StrategyCompiler.Compiled compiled =
        compiler.compile(
            "signals.terms.exists(t, t.list == \"prohibited-medical\")"
                + " && content.kind == \"PRODUCT_LISTING\""
                + " && account.tier in [\"AT_RISK\", \"CAUTION\"]");
    assertThat(compiled.families())
        .containsExactlyInAnyOrder(SignalFamily.TERMS, SignalFamily.ACCOUNT);
    Map<String, Object> vars =
        Map.of(
            "content", Map.of("kind", "PRODUCT_LISTING"),
            "signals",
                Map.of(
                    "terms",
                    List.of(Map.of("list", "prohibited-medical")),
                    "scores",
                    Map.of(),
                    "hashes",
                    List.of()),
            "account", Map.of("tier", "AT_RISK"));
    assertThat(compiled.matches(vars)).isTrue();
    Map<String, Object> other = new java.util.HashMap<>(vars);
    other.put("account", Map.of("tier", "GOOD"));
    assertThat(compiled.matches(other)).isFalse();
  }

  @Test
  void indexSyntaxAndScores() {
    StrategyCompiler.Compiled compiled =
        compiler.compile("\"nudity\" in signals[\"scores\"] && signals.scores[\"nudity\"] >= 0.9");
    assertThat(compiled.families()).containsExactly(SignalFamily.SCORES);
    assertThat(
            compiled.matches(
                Map.of(
                    "content", Map.of(),
                    "signals", Map.of("scores", Map.of("nudity", 0.95)),
                    "account", Map.of())))
        .isTrue();
  }

  @Test
  void contentOnlyStrategiesReadNoSignalFamily() {
    assertThat(compiler.compile("content.kind == \"IMAGE\"").families()).isEmpty();
  }

  @Test
  void compileErrorsNameTheLineAndColumn() {
    assertThatThrownBy(() -> compiler.compile("content.kind == "))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("line 1, column");
    assertThatThrownBy(() -> compiler.compile("1 + 1"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("expression");
    assertThatThrownBy(() -> compiler.compile("signals.terms.exists(t, nope == 1)"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("nope");
  }
}
