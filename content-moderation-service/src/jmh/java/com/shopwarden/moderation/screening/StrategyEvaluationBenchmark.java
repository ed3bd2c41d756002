package com.shopwarden.moderation.screening;

import com.shopwarden.moderation.strategy.CompiledStrategy;
import com.shopwarden.moderation.strategy.StrategyCompiler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of evaluating compiled strategies against a prepared activation (the CEL variables of
 * one generated item that hits a list and carries model scores): one strategy of each shape, all
 * 200 of the pack averaged per strategy, and building the activation itself.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StrategyEvaluationBenchmark {

  private ScreeningInput input;
  private ScreeningOutcome outcome;
  private AccountContext account;
  private Map<String, Object> activation;
  private List<CompiledStrategy> all;

  @Setup
  public void prepare() {
    ScreeningPack pack = ScreeningPack.generate(20_260_301L, 2_000);
    List<Object> hit = ScreeningBenchmark.sampleHit(pack, new ScreeningEngine());
    input = (ScreeningInput) hit.get(0);
    outcome = (ScreeningOutcome) hit.get(1);
    account = (AccountContext) hit.get(2);
    activation = ScreeningEngine.variables(input, outcome.terms(), outcome.hashes(), account);
    all = pack.strategies;
  }

  /** One strategy of a given shape, each a representative of the pack's mix. */
  @State(Scope.Benchmark)
  public static class OneStrategy {
    @Param({"terms-exists", "terms-and-account", "terms-filter-size", "score-threshold"})
    public String shape;

    StrategyCompiler.Compiled compiled;

    @Setup
    public void compile(StrategyEvaluationBenchmark prepared) {
      String list = prepared.outcome.terms().get(0).list();
      String model = prepared.input.scores().keySet().iterator().next();
      String expression =
          switch (shape) {
            case "terms-exists" -> "signals.terms.exists(t, t.list == \"" + list + "\")";
            case "terms-and-account" ->
                "signals.terms.exists(t, t.list == \""
                    + list
                    + "\" && t.severity == \"HIGH\") && account.tier in [\"AT_RISK\", \"CAUTION\"]";
            case "terms-filter-size" ->
                "signals.terms.filter(t, t.list == \"" + list + "\").size() >= 2";
            case "score-threshold" ->
                "\"" + model + "\" in signals.scores && signals.scores[\"" + model + "\"] >= 0.3";
            default -> throw new IllegalArgumentException(shape);
          };
      compiled = new StrategyCompiler().compile(expression);
    }
  }

  @Benchmark
  public boolean oneStrategy(OneStrategy one) {
    return one.compiled.matches(activation);
  }

  @Benchmark
  @OperationsPerInvocation(ScreeningPack.STRATEGY_COUNT)
  public void eachOfThePack(Blackhole bh) {
    for (CompiledStrategy s : all) {
      bh.consume(s.matches(activation));
    }
  }

  @Benchmark
  public Map<String, Object> buildActivation() {
    return ScreeningEngine.variables(input, outcome.terms(), outcome.hashes(), account);
  }
}
