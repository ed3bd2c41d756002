package com.shopwarden.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the relay and the pruning on their schedules. */
@ApplicationScoped
public class OutboxRelayScheduler {

  private static final Logger LOG = Logger.getLogger(OutboxRelayScheduler.class);

  private final OutboxRelay relay;
  private final OutboxPruner pruner;
  private final OutboxConfig config;

  public OutboxRelayScheduler(OutboxRelay relay, OutboxPruner pruner, OutboxConfig config) {
    this.relay = relay;
    this.pruner = pruner;
    this.config = config;
  }

  @Scheduled(
      every = "${shopwarden.outbox.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> relay() {
    if (!config.relayEnabled()) {
      return Uni.createFrom().voidItem();
    }
    return relay
        .relayOnce()
        .onFailure()
        .invoke(e -> LOG.warnf("outbox relay pass failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  @Scheduled(
      every = "${shopwarden.outbox.prune-interval:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> prune() {
    return pruner
        .prune()
        .onFailure()
        .invoke(e -> LOG.warnf("outbox pruning failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }
}
