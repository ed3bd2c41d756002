package com.shopwarden.health.ledger;

import com.shopwarden.health.config.HealthConfig;
import com.shopwarden.health.risk.RiskDueWork;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Changes health with nobody acting: points that expire, measures that start or end, recovery that
 * falls due, and risk scores whose windows slide. Each account row (and each risk score) carries
 * its next due instant; a pass locks due rows with {@code for update skip locked}, so replicas
 * share the work, and recomputes them with the injected clock. State is in the database, so nothing
 * is lost across restarts: a pass after downtime catches up on everything overdue.
 */
@ApplicationScoped
public class DueWorkScheduler {

  private static final Logger LOG = Logger.getLogger(DueWorkScheduler.class);

  private final AccountHealthRepository accounts;
  private final HealthReassessment reassessment;
  private final HealthConfig config;
  private final Clock clock;
  private final RiskDueWork risk;

  public DueWorkScheduler(
      AccountHealthRepository accounts,
      HealthReassessment reassessment,
      HealthConfig config,
      Clock clock,
      RiskDueWork risk) {
    this.risk = risk;
    this.accounts = accounts;
    this.reassessment = reassessment;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${shopwarden.health.due-poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    if (!config.schedulerEnabled()) {
      return Uni.createFrom().voidItem();
    }
    return runOnce()
        .onFailure()
        .invoke(e -> LOG.warnf("due health work failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /**
   * Reassesses one batch of due accounts, then refreshes one batch of due risk scores (each batch
   * its own transaction); returns how many it handled.
   */
  public Uni<Integer> runOnce() {
    Instant now = clock.instant();
    return Panache.withTransaction(
            () ->
                accounts.lockDue(now, config.dueBatchSize()).flatMap(ids -> reassessAll(ids, now)))
        .flatMap(
            reassessed ->
                risk.refreshDue(now, config.dueBatchSize()).map(scores -> reassessed + scores));
  }

  private Uni<Integer> reassessAll(List<UUID> ids, Instant now) {
    Uni<Void> work = Uni.createFrom().voidItem();
    for (UUID id : ids) {
      work = work.chain(() -> accounts.findById(id)).chain(a -> reassessment.reassess(a, now));
    }
    return work.replaceWith(ids.size());
  }
}
