package com.shopwarden.moderation.review;

import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.review.ReviewFixtures.drain;
import static com.shopwarden.moderation.review.ReviewFixtures.flaggingPolicy;
import static com.shopwarden.moderation.review.ReviewFixtures.item;
import static com.shopwarden.moderation.review.ReviewFixtures.moderator;
import static com.shopwarden.moderation.review.ReviewFixtures.senior;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Moderators claiming from one queue at the same moment never hold the same task. */
@QuarkusTest
class ClaimConcurrencyTest {

  private static final String QUEUE = "ID.conduct";
  private static final int TASKS = 20;
  private static final int MODERATORS = 6;

  @Test
  void parallelClaimsTakeEveryTaskExactlyOnce() throws Exception {
    flaggingPolicy("ID", "rq-conduct", "qzhate", "HATE_SPEECH");
    drain(QUEUE);
    Set<String> created = new HashSet<>();
    for (int i = 0; i < TASKS; i++) {
      created.add(
          submit(item("ID", "en", "SHORT_VIDEO", "qzhate", "HIGH"))
              .statusCode(201)
              .extract()
              .<String>path("reviewTaskId"));
    }

    // Every moderator starts at the same moment and claims until the queue answers 204.
    // Plain HTTP clients on their own threads: RestAssured is not meant for concurrent use.
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(MODERATORS);
    CountDownLatch start = new CountDownLatch(1);
    List<String> claimed = Collections.synchronizedList(new ArrayList<>());
    List<Future<Integer>> runs = new ArrayList<>();
    for (int m = 0; m < MODERATORS; m++) {
      String token = m % 2 == 0 ? moderator("mod-par-" + m, "ID") : senior("senior-par-" + m, "ID");
      Callable<Integer> run =
          () -> {
            start.await();
            int mine = 0;
            while (true) {
              HttpResponse<String> r = http.send(claimRequest(token), BodyHandlers.ofString());
              if (r.statusCode() == 204) {
                return mine;
              }
              assertThat(r.statusCode()).isEqualTo(200);
              claimed.add(JsonPath.from(r.body()).getString("id"));
              mine++;
            }
          };
      runs.add(pool.submit(run));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> run : runs) {
      total += run.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(total).isEqualTo(TASKS);
    assertThat(claimed).doesNotHaveDuplicates().hasSize(TASKS);
    assertThat(new HashSet<>(claimed)).isEqualTo(created);
  }

  private static HttpRequest claimRequest(String token) {
    return HttpRequest.newBuilder(
            URI.create(
                RestAssured.baseURI
                    + ":"
                    + RestAssured.port
                    + "/api/v1/review/queues/"
                    + QUEUE
                    + "/claim"))
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
  }
}
