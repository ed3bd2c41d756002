package com.shopwarden.ipr.notice;

import com.shopwarden.ipr.config.IprConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Forgets Idempotency-Keys older than their time to live (their hashes cover contact data). */
@ApplicationScoped
public class FilingKeyExpiry {

  private static final Logger LOG = Logger.getLogger(FilingKeyExpiry.class);

  private final FilingKeyRepository keys;
  private final IprConfig config;
  private final Clock clock;

  public FilingKeyExpiry(FilingKeyRepository keys, IprConfig config, Clock clock) {
    this.keys = keys;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${shopwarden.ipr.retention-poll-interval:1h}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    return forgetExpired()
        .onFailure()
        .invoke(e -> LOG.warnf("idempotency key expiry failed: %s", e.getClass().getSimpleName()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Deletes keys past their time to live at the clock's now; returns how many. */
  public Uni<Long> forgetExpired() {
    return Panache.withTransaction(
        () -> keys.forgetBefore(clock.instant().minus(config.idempotencyKeyTtl())));
  }
}
