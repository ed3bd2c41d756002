package com.shopwarden.moderation.screening;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One item per invocation through the whole engine (normalisation, the term automaton, the
 * strategies indexed by the item's signals, the verdict), single-threaded, so the throughput is
 * items per second per core. {@link #termsOnly} isolates normalisation and term matching.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 4, time = 5)
public class ScreeningBenchmark {

  /** Items in the generated traffic; cycled through so that no item stays hot in the caches. */
  static final int ITEMS = 20_000;

  private ScreeningPack pack;
  private final ScreeningEngine engine = new ScreeningEngine();

  /** Each thread walks the traffic on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void generate() {
    pack = ScreeningPack.generate(20_260_301L, ITEMS);
    int hits = 0;
    long candidates = 0;
    int[] verdicts = new int[3];
    for (int i = 0; i < ITEMS; i++) {
      ScreeningOutcome o = engine.screen(pack.traffic.get(i), pack.policy, pack.accounts.get(i));
      hits += o.terms().isEmpty() ? 0 : 1;
      candidates += o.evaluated();
      verdicts[o.verdict().ordinal()]++;
    }
    System.out.printf(
        "%npack: %d terms, %d strategies, %d items; %.2f%% hit a list; %.1f strategies evaluated"
            + " per item; verdicts ALLOW/REVIEW/BLOCK %d/%d/%d%n",
        pack.terms.size(),
        pack.strategies.size(),
        ITEMS,
        100.0 * hits / ITEMS,
        (double) candidates / ITEMS,
        verdicts[0],
        verdicts[1],
        verdicts[2]);
  }

  private int advance(Cursor cursor) {
    int i = cursor.next;
    cursor.next = i + 1 == ITEMS ? 0 : i + 1;
    return i;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ScreeningOutcome itemsPerSecond(Cursor cursor) {
    int i = advance(cursor);
    return engine.screen(pack.traffic.get(i), pack.policy, pack.accounts.get(i));
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ScreeningOutcome latencyPerItem(Cursor cursor) {
    int i = advance(cursor);
    return engine.screen(pack.traffic.get(i), pack.policy, pack.accounts.get(i));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void termsOnly(Cursor cursor, Blackhole bh) {
    ScreeningInput in = pack.traffic.get(advance(cursor));
    for (Map.Entry<String, String> field : in.texts().entrySet()) {
      bh.consume(pack.terms.match(field.getValue(), in.language()));
    }
  }

  /** Exposed for the strategy benchmark: one generated item that hits a list and carries scores. */
  static List<Object> sampleHit(ScreeningPack pack, ScreeningEngine engine) {
    for (int i = 0; i < pack.traffic.size(); i++) {
      ScreeningInput in = pack.traffic.get(i);
      ScreeningOutcome o = engine.screen(in, pack.policy, pack.accounts.get(i));
      if (!o.terms().isEmpty() && !in.scores().isEmpty()) {
        return List.of(in, o, pack.accounts.get(i));
      }
    }
    throw new IllegalStateException("the traffic has no item with terms and scores");
  }
}
