package com.shopwarden.moderation.lifecycle;

import com.shopwarden.moderation.screening.MarketPolicyCache;
import com.shopwarden.moderation.strategy.Stage;
import com.shopwarden.moderation.strategy.StageChanges;
import com.shopwarden.moderation.strategy.StrategyEntity;
import com.shopwarden.moderation.strategy.StrategyVersionEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Retires emergency rules whose expiry the clock has passed. Screening stops applying them at the
 * expiry already (the policy cache leaves them out); this job makes the stage and the history say
 * so. The rows are locked, so replicas running it at once retire each rule once.
 */
@ApplicationScoped
public class EmergencyExpiry {

  static final String WHO = "system:emergency-expiry";

  private static final Logger LOG = Logger.getLogger(EmergencyExpiry.class);

  private final StageChanges stages;
  private final MarketPolicyCache cache;
  private final Clock clock;

  public EmergencyExpiry(StageChanges stages, MarketPolicyCache cache, Clock clock) {
    this.stages = stages;
    this.cache = cache;
    this.clock = clock;
  }

  @Scheduled(
      every = "${shopwarden.moderation.lifecycle.expiry-check:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return retireExpired()
        .onFailure()
        .invoke(e -> LOG.warnf("emergency expiry failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Retires every expired emergency rule; answers how many. */
  public Uni<Integer> retireExpired() {
    Instant now = clock.instant();
    Set<String> markets = new LinkedHashSet<>();
    return Panache.withTransaction(
            () ->
                StrategyVersionEntity.<StrategyVersionEntity>find(
                        "stage = 'ACTIVE' and emergencyUntil <= ?1", now)
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .list()
                    .flatMap(expired -> retire(expired, now, markets)))
        .call(
            count ->
                Multi.createFrom()
                    .iterable(List.copyOf(markets))
                    .onItem()
                    .transformToUniAndConcatenate(cache::invalidate)
                    .collect()
                    .last());
  }

  private Uni<Integer> retire(
      List<StrategyVersionEntity> expired, Instant now, Set<String> markets) {
    if (expired.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    return Multi.createFrom()
        .iterable(expired)
        .onItem()
        .transformToUniAndConcatenate(
            v ->
                StrategyEntity.<StrategyEntity>findById(v.strategyId)
                    .flatMap(
                        s -> {
                          markets.add(s.market);
                          return stages
                              .move(
                                  s,
                                  v,
                                  Stage.RETIRED,
                                  StageChanges.Kind.EXPIRY,
                                  "emergency rule expired at " + v.emergencyUntil,
                                  WHO)
                              .replaceWith(1);
                        }))
        .collect()
        .with(java.util.stream.Collectors.summingInt(Integer::intValue));
  }
}
