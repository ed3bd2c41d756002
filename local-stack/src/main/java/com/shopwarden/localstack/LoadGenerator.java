package com.shopwarden.localstack;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop HTTP load generator for the services of a local run: {@code concurrency} workers
 * each send one request at a time until {@code requests} were sent or {@code seconds} passed, and
 * the run reports throughput, latency percentiles and status counts.
 *
 * <pre>
 * java -cp 'local-stack/target/classes:local-stack/target/lib/*' com.shopwarden.localstack.LoadGenerator \
 *   --url http://localhost:8081/api/v1/content --method POST --body-file item.json \
 *   --token "$TOKEN" --concurrency 16 --seconds 30 --requests 200000
 * </pre>
 *
 * <p>{@code {{n}}} in the body is replaced by the request's sequence number, so idempotent
 * endpoints see distinct items. Only loopback addresses are accepted as targets: load is never sent
 * off this machine.
 */
public final class LoadGenerator {

  /** Shared by warm-up and measured run, so the measured run sends no repeats of warm-up items. */
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = LocalToken.parse(args);
    URI url = URI.create(required(options, "url"));
    requireLoopback(url);
    String method = options.getOrDefault("method", "GET");
    String body =
        options.containsKey("body-file")
            ? Files.readString(Path.of(options.get("body-file")))
            : options.getOrDefault("body", "");
    String token = options.get("token");
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
    long maxRequests = Long.parseLong(options.getOrDefault("requests", "100000"));
    Duration limit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30")));
    int warmup = Integer.parseInt(options.getOrDefault("warmup-seconds", "5"));

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    if (warmup > 0) {
      run(
          client,
          url,
          method,
          body,
          token,
          concurrency,
          Long.MAX_VALUE,
          Duration.ofSeconds(warmup));
    }
    Result result = run(client, url, method, body, token, concurrency, maxRequests, limit);
    System.out.println(result.report(concurrency));
  }

  private static Result run(
      HttpClient client,
      URI url,
      String method,
      String body,
      String token,
      int concurrency,
      long maxRequests,
      Duration limit)
      throws InterruptedException {
    long first = SEQUENCE.get();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    long[][] latencies = new long[concurrency][];
    int[] counts = new int[concurrency];
    long deadline = System.nanoTime() + limit.toNanos();
    long started = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    for (int w = 0; w < concurrency; w++) {
      int worker = w;
      latencies[w] = new long[1 << 16];
      workers.submit(
          () -> {
            while (System.nanoTime() < deadline) {
              long n = SEQUENCE.getAndIncrement();
              if (n - first >= maxRequests) {
                break;
              }
              HttpRequest.Builder request =
                  HttpRequest.newBuilder(url)
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/json")
                      .method(
                          method,
                          body.isEmpty()
                              ? HttpRequest.BodyPublishers.noBody()
                              : HttpRequest.BodyPublishers.ofString(
                                  body.replace("{{n}}", Long.toString(n))));
              if (token != null) {
                request.header("Authorization", "Bearer " + token);
              }
              long begin = System.nanoTime();
              int status;
              try {
                status =
                    client
                        .send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
              } catch (Exception e) {
                status = -1;
              }
              long took = System.nanoTime() - begin;
              statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
              if (counts[worker] == latencies[worker].length) {
                latencies[worker] = Arrays.copyOf(latencies[worker], counts[worker] * 2);
              }
              latencies[worker][counts[worker]++] = took;
            }
          });
    }
    workers.shutdown();
    workers.awaitTermination(limit.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
    long elapsed = System.nanoTime() - started;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int w = 0; w < concurrency; w++) {
      System.arraycopy(latencies[w], 0, all, at, counts[w]);
      at += counts[w];
    }
    Arrays.sort(all);
    Map<Integer, Long> byStatus = new TreeMap<>();
    statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
    return new Result(all, elapsed, byStatus);
  }

  private record Result(long[] sortedNanos, long elapsedNanos, Map<Integer, Long> statuses) {

    String report(int concurrency) {
      double seconds = elapsedNanos / 1e9;
      return String.format(
          "requests %d in %.1f s at concurrency %d: %.0f req/s; latency ms p50 %.2f p90 %.2f p99"
              + " %.2f max %.2f; statuses %s",
          sortedNanos.length,
          seconds,
          concurrency,
          sortedNanos.length / seconds,
          percentile(0.50),
          percentile(0.90),
          percentile(0.99),
          sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6,
          statuses);
    }

    double percentile(double p) {
      if (sortedNanos.length == 0) {
        return 0;
      }
      int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
      return sortedNanos[Math.max(0, index)] / 1e6;
    }
  }

  static void requireLoopback(URI url) throws UnknownHostException {
    for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
      if (!address.isLoopbackAddress()) {
        throw new IllegalArgumentException(
            "load is only sent to this machine's loopback addresses, not " + url.getHost());
      }
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
