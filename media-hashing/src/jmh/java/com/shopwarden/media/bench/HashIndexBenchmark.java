package com.shopwarden.media.bench;

import com.shopwarden.media.bank.ClusteredBankGenerator;
import com.shopwarden.media.index.HashIndex;
import com.shopwarden.media.index.LinearScanIndex;
import com.shopwarden.media.index.MultiIndexHashIndex;
import com.shopwarden.media.pdq.PdqHash;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency at distance ≤ 31 against 1,000,000 clustered hashes on one thread: multi-index
 * versus linear scan. Sample mode, so JMH prints p50/p99. Queries cycle through 4,096 prepared
 * hashes: near-duplicates of cluster seeds ({@code near}, the bank hits) or unrelated hashes
 * ({@code unrelated}, the usual case for an upload).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
@Threads(1)
public class HashIndexBenchmark {

  private static final int BANK_SIZE = 1_000_000;
  private static final int QUERIES = 4_096;
  private static final int THRESHOLD = 31;

  @Param({"near", "unrelated"})
  public String queries;

  private HashIndex multiIndex;
  private HashIndex linearScan;
  private PdqHash[] prepared;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    ClusteredBankGenerator generator = new ClusteredBankGenerator(2026);
    ClusteredBankGenerator.Bank bank = generator.generate(BANK_SIZE, 0.5);
    long before = usedHeap();
    long started = System.nanoTime();
    multiIndex = new MultiIndexHashIndex(bank.entries());
    long buildMillis = (System.nanoTime() - started) / 1_000_000;
    long after = usedHeap();
    linearScan = new LinearScanIndex(bank.entries());
    prepared = new PdqHash[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      prepared[i] =
          queries.equals("near")
              ? generator.variantOf(bank.seeds().get(i * 31 % bank.seeds().size()))
              : generator.randomHash();
    }
    long matches = 0;
    for (PdqHash q : prepared) {
      matches += multiIndex.query(q, THRESHOLD).size();
    }
    System.out.printf(
        Locale.ROOT,
        "%n[bank] %d hashes, %d clusters; multi-index built in %d ms, %.1f bytes/hash by array sizes,"
            + " %.1f by heap delta; linear scan %.1f bytes/hash; %s queries average %.2f matches at"
            + " <= %d%n",
        multiIndex.size(),
        bank.seeds().size(),
        buildMillis,
        multiIndex.memoryBytes() / (double) BANK_SIZE,
        (after - before) / (double) BANK_SIZE,
        linearScan.memoryBytes() / (double) BANK_SIZE,
        queries,
        matches / (double) QUERIES,
        THRESHOLD);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private PdqHash nextQuery() {
    PdqHash q = prepared[next];
    next = (next + 1) & (QUERIES - 1);
    return q;
  }

  @Benchmark
  public Object multiIndex() {
    return multiIndex.query(nextQuery(), THRESHOLD);
  }

  @Benchmark
  public Object linearScan() {
    return linearScan.query(nextQuery(), THRESHOLD);
  }
}
