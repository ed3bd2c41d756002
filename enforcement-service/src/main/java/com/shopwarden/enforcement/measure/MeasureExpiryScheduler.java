package com.shopwarden.enforcement.measure;

import com.shopwarden.enforcement.EnforcementConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Ends timed measures when their time is up. State lives in the database (applied measures with a
 * passed end), so a restart loses nothing: the next pass after start ends what fell due meanwhile.
 * Rows are locked with {@code skip locked}, so replicas share the work.
 */
@ApplicationScoped
public class MeasureExpiryScheduler {

  private static final Logger LOG = Logger.getLogger(MeasureExpiryScheduler.class);

  private final MeasureService measures;
  private final EnforcementConfig config;

  public MeasureExpiryScheduler(MeasureService measures, EnforcementConfig config) {
    this.measures = measures;
    this.config = config;
  }

  @Scheduled(
      every = "${shopwarden.enforcement.expiry-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> tick() {
    return expireDue()
        .onFailure()
        .invoke(e -> LOG.warnf("measure expiry pass failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Ends every due measure, batch by batch; returns how many ended. */
  public Uni<Integer> expireDue() {
    return Panache.withTransaction(() -> measures.expireDue(config.expiryBatchSize()))
        .flatMap(
            ended ->
                ended < config.expiryBatchSize()
                    ? Uni.createFrom().item(ended)
                    : expireDue().map(more -> ended + more));
  }
}
