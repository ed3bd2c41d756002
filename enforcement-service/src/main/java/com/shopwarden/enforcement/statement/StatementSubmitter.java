package com.shopwarden.enforcement.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.enforcement.FailedField;
import com.shopwarden.contracts.enforcement.StatementInvalid;
import com.shopwarden.enforcement.EnforcementConfig;
import com.shopwarden.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Files pending statements of reasons with the Transparency Database in batches (all-or-nothing). A
 * refused batch is resent one statement at a time to find out which ones fail: a puid the database
 * already holds was filed before (an answer lost on the way) and counts as filed; any other refusal
 * marks the statement INVALID and raises {@code StatementInvalid}. 429 and server errors back off
 * (Retry-After, else doubling from 1 s to 5 min). Off unless a URL is configured.
 */
@ApplicationScoped
public class StatementSubmitter {

  private static final Logger LOG = Logger.getLogger(StatementSubmitter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  /** What one pass did. */
  public record Report(int submitted, int rejected, boolean backedOff) {}

  private record Pending(UUID id, UUID measureId, String market, String body) {}

  private final EnforcementConfig config;
  private final Outbox outbox;
  private final Clock clock;
  private volatile Instant notBefore = Instant.MIN;
  private volatile Duration backoff = FIRST_BACKOFF;

  public StatementSubmitter(EnforcementConfig config, Outbox outbox, Clock clock) {
    this.config = config;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Scheduled(
      every = "${shopwarden.enforcement.transparency.interval:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void tick() {
    EnforcementConfig.Transparency settings = config.transparency();
    if (settings.url().isEmpty()) {
      return;
    }
    try {
      TransparencyDatabaseClient client =
          new TransparencyDatabaseClient(
              URI.create(settings.url().get()),
              settings.token().orElse(null),
              settings.requestTimeout());
      Report report;
      do {
        report = submitPending(client, settings.batchSize());
      } while (!report.backedOff() && report.submitted() + report.rejected() > 0);
    } catch (RuntimeException e) {
      LOG.warnf("statement submission pass failed: %s", e.getMessage());
    }
  }

  /** Sends one batch of pending statements; call from a worker thread, never an event loop. */
  public Report submitPending(TransparencyDatabaseClient client, int batchSize) {
    if (clock.instant().isBefore(notBefore)) {
      return new Report(0, 0, true);
    }
    List<Pending> batch = await(() -> pending(Math.max(1, Math.min(100, batchSize))));
    if (batch.isEmpty()) {
      return new Report(0, 0, false);
    }
    try {
      TransparencyDatabaseClient.Answer answer =
          client.postBatch(
              "[" + String.join(",", batch.stream().map(Pending::body).toList()) + "]");
      if (answer.accepted()) {
        await(() -> markSubmitted(batch.stream().map(Pending::id).toList()));
        answered();
        return new Report(batch.size(), 0, false);
      }
      if (answer.status() == 422) {
        return oneByOne(client, batch);
      }
      backOff(answer.retryAfter().orElse(null));
      return new Report(0, 0, true);
    } catch (IOException e) {
      backOff(null);
      return new Report(0, 0, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Report(0, 0, true);
    }
  }

  private Report oneByOne(TransparencyDatabaseClient client, List<Pending> batch)
      throws IOException, InterruptedException {
    List<UUID> filed = new ArrayList<>();
    int rejected = 0;
    for (Pending statement : batch) {
      TransparencyDatabaseClient.Answer answer = client.postOne(statement.body());
      if (answer.accepted() || answer.duplicatePuid()) {
        filed.add(statement.id());
      } else if (answer.status() == 422) {
        await(() -> markRejected(statement, answer.body()));
        rejected++;
      } else {
        backOff(answer.retryAfter().orElse(null));
        await(() -> markSubmitted(filed));
        return new Report(filed.size(), rejected, true);
      }
    }
    await(() -> markSubmitted(filed));
    answered();
    return new Report(filed.size(), rejected, false);
  }

  /** The database answered every request of the pass: the back-off starts afresh. */
  private void answered() {
    backoff = FIRST_BACKOFF;
    notBefore = Instant.MIN;
  }

  private void backOff(Duration retryAfter) {
    Duration wait = retryAfter != null ? retryAfter : backoff;
    notBefore = clock.instant().plus(wait);
    Duration doubled = backoff.multipliedBy(2);
    backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
  }

  private Uni<List<Pending>> pending(int limit) {
    return Panache.withSession(
        () ->
            StatementOfReasons.<StatementOfReasons>find(
                    "status = ?1 order by createdAt, id", StatementStatus.VALID)
                .page(0, limit)
                .list()
                .map(
                    list ->
                        list.stream()
                            .map(s -> new Pending(s.id, s.measureId, s.market, s.body))
                            .toList()));
  }

  private Uni<Void> markSubmitted(List<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    Instant now = clock.instant();
    return Panache.withTransaction(
        () ->
            StatementOfReasons.update(
                    "status = ?1, submittedAt = ?2 where id in ?3 and status = ?4",
                    StatementStatus.SUBMITTED,
                    now,
                    ids,
                    StatementStatus.VALID)
                .replaceWithVoid());
  }

  private Uni<Void> markRejected(Pending statement, String answer) {
    Instant now = clock.instant();
    List<FailedField> failed = List.of(new FailedField("statement", refusal(answer)));
    return Panache.withTransaction(
        () ->
            StatementOfReasons.<StatementOfReasons>findById(statement.id())
                .flatMap(
                    s -> {
                      s.status = StatementStatus.INVALID;
                      s.failedFields = write(failed);
                      return outbox.publish(
                          new StatementInvalid(
                              UUID.randomUUID(),
                              statement.market(),
                              now,
                              statement.measureId().toString(),
                              failed));
                    }));
  }

  private static String refusal(String answer) {
    String text =
        answer == null || answer.isBlank() ? "refused by the Transparency Database" : answer;
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T await(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (Throwable e) {
      throw new IllegalStateException("statement store failed: " + e.getMessage(), e);
    }
  }
}
