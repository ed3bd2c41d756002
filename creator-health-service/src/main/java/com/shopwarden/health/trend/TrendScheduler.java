package com.shopwarden.health.trend;

import com.shopwarden.health.config.HealthConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Re-evaluates open trend alerts as their windows slide, with the injected clock. */
@ApplicationScoped
public class TrendScheduler {

  private static final Logger LOG = Logger.getLogger(TrendScheduler.class);

  private final TrendWatch watch;
  private final HealthConfig config;

  public TrendScheduler(TrendWatch watch, HealthConfig config) {
    this.watch = watch;
    this.config = config;
  }

  @Scheduled(
      every = "${shopwarden.health.due-poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    if (!config.schedulerEnabled()) {
      return Uni.createFrom().voidItem();
    }
    return watch
        .evaluateOpen()
        .onFailure()
        .invoke(e -> LOG.warnf("trend re-evaluation failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }
}
