package com.shopwarden.moderation.lifecycle;

import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.moderation.quality.QualityFigures;
import com.shopwarden.moderation.quality.QualityRepository;
import com.shopwarden.moderation.quality.QualityRepository.HitRate;
import com.shopwarden.moderation.screening.MarketPolicyCache;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Automatic protection: an ACTIVE or CANARY version (emergency rules excepted, they are meant to
 * fire) drops back to SHADOW, and {@code StrategyRolledBack} is published, when
 *
 * <ul>
 *   <li>its match rate over the recent window (matches ÷ items the market screened) exceeds the
 *       baseline window's rate × {@code spikeFactor}, with at least {@code minVolume} matches
 *       (reason {@code ACTION_RATE_SPIKE}); or
 *   <li>its appeal-overturn rate over {@code overturnWindow} exceeds {@code maxOverturnRate}, with
 *       at least {@code minDecisions} actions (reason {@code OVERTURN_RATE_ABOVE_CEILING}).
 * </ul>
 *
 * The earlier version is not put back automatically: a rule nobody reviewed stays out until a
 * policy admin rolls back or promotes.
 */
@ApplicationScoped
public class StrategyProtection {

  static final String SPIKE = "ACTION_RATE_SPIKE";
  static final String OVERTURNS = "OVERTURN_RATE_ABOVE_CEILING";

  private static final Logger LOG = Logger.getLogger(StrategyProtection.class);

  private final QualityRepository quality;
  private final LifecyclePolicies lifecycle;
  private final StrategyLifecycle strategies;
  private final MarketPolicyCache cache;
  private final ServedMarkets served;
  private final Clock clock;

  public StrategyProtection(
      QualityRepository quality,
      LifecyclePolicies lifecycle,
      StrategyLifecycle strategies,
      MarketPolicyCache cache,
      ServedMarkets served,
      Clock clock) {
    this.quality = quality;
    this.lifecycle = lifecycle;
    this.strategies = strategies;
    this.cache = cache;
    this.served = served;
    this.clock = clock;
  }

  @Scheduled(
      every = "${shopwarden.moderation.lifecycle.protection-check:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return Multi.createFrom()
        .iterable(served.codes().stream().map(MarketCode::name).toList())
        .onItem()
        .transformToUniAndConcatenate(
            market ->
                protect(market)
                    .onFailure()
                    .invoke(e -> LOG.warnf("protection of %s failed: %s", market, e.getMessage()))
                    .onFailure()
                    .recoverWithItem(List.of()))
        .collect()
        .last()
        .replaceWithVoid();
  }

  /** A version dropped back to SHADOW and why. */
  public record Dropped(String strategy, int version, String reason) {}

  /** Checks every acting version of a market; answers the ones it dropped to SHADOW. */
  public Uni<List<Dropped>> protect(String market) {
    Instant now = clock.instant();
    LifecyclePolicy.Protection rule = lifecycle.of(market).protection();
    Instant recentFrom = now.minus(rule.window());
    Instant baselineFrom = recentFrom.minus(rule.baseline());
    Instant overturnFrom = now.minus(rule.overturnWindow());
    return Panache.<List<Dropped>>withTransaction(
            () ->
                StrategyVersionEntity.<StrategyVersionEntity>find(
                        "stage in ('ACTIVE', 'CANARY') and emergencyUntil is null and exists"
                            + " (select 1 from StrategyEntity s where s.id = strategyId"
                            + " and s.market = ?1)",
                        market)
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .list()
                    .flatMap(
                        acting ->
                            acting.isEmpty()
                                ? Uni.createFrom().item(List.<Dropped>of())
                                : quality
                                    .hitRates(market, baselineFrom, recentFrom, now)
                                    .flatMap(
                                        rates ->
                                            quality
                                                .screened(market, baselineFrom, recentFrom, now)
                                                .flatMap(
                                                    screened ->
                                                        quality
                                                            .strategies(
                                                                market,
                                                                overturnFrom,
                                                                now.plusMillis(1),
                                                                null)
                                                            .flatMap(
                                                                figures ->
                                                                    judge(
                                                                        acting, rates, screened,
                                                                        figures, rule))))))
        .call(
            dropped -> dropped.isEmpty() ? Uni.createFrom().voidItem() : cache.invalidate(market));
  }

  private Uni<List<Dropped>> judge(
      List<StrategyVersionEntity> acting,
      List<HitRate> rates,
      QualityRepository.Screened screened,
      List<QualityRepository.Keyed> figures,
      LifecyclePolicy.Protection rule) {
    Map<String, HitRate> rateOf =
        rates.stream().collect(Collectors.toMap(r -> r.strategyId() + "#" + r.version(), r -> r));
    Map<String, QualityFigures> figuresOf =
        figures.stream()
            .collect(
                Collectors.toMap(
                    k -> k.key() + "#" + k.version(), QualityRepository.Keyed::figures));
    List<Uni<Dropped>> drops = new ArrayList<>();
    for (StrategyVersionEntity v : acting) {
      String key = v.strategyId + "#" + v.version;
      QualityFigures f = figuresOf.getOrDefault(key, QualityFigures.none());
      String reason = null;
      HitRate rate = rateOf.get(key);
      if (rate != null && spiked(rate, screened, rule)) {
        reason = SPIKE;
      } else if (f.acted() >= rule.minDecisions()
          && f.overturnRate() != null
          && f.overturnRate() > rule.maxOverturnRate()) {
        reason = OVERTURNS;
      }
      if (reason != null) {
        String why = reason;
        drops.add(
            StrategyEntity.<StrategyEntity>findById(v.strategyId)
                .flatMap(
                    s ->
                        strategies
                            .dropToShadow(s, v, why, f)
                            .replaceWith(new Dropped(s.name, v.version, why))));
      }
    }
    if (drops.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Multi.createFrom()
        .iterable(drops)
        .onItem()
        .transformToUniAndConcatenate(Function.identity())
        .collect()
        .asList();
  }

  /** Recent rate above baseline × factor, with enough volume; no baseline at all counts as 0. */
  static boolean spiked(
      HitRate rate, QualityRepository.Screened screened, LifecyclePolicy.Protection rule) {
    if (rate.recentHits() < rule.minVolume() || screened.recent() == 0) {
      return false;
    }
    double recent = (double) rate.recentHits() / screened.recent();
    double baseline =
        screened.baseline() == 0 ? 0 : (double) rate.baselineHits() / screened.baseline();
    return recent > baseline * rule.spikeFactor();
  }
}
