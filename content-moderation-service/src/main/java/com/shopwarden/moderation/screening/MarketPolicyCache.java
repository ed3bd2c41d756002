package com.shopwarden.moderation.screening;

import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.audit.PolicyChangeLog;
import com.shopwarden.moderation.hashbank.HashBankCache;
import com.shopwarden.moderation.hashbank.HashBankRebuilt;
import com.shopwarden.moderation.lifecycle.LifecyclePolicies;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.CompiledStrategy;
import com.shopwarden.moderation.strategy.StrategyCompiler;
import com.shopwarden.moderation.strategy.StrategyEntity;
import com.shopwarden.moderation.strategy.StrategyRepository;
import com.shopwarden.moderation.strategy.StrategySet;
import com.shopwarden.moderation.strategy.StrategyVersionEntity;
import com.shopwarden.moderation.termlist.TermListCompiler;
import com.shopwarden.moderation.termlist.TermListRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The compiled policy of each market (terms, strategies, hash banks), built from the database on
 * first use and rebuilt after an admin change: at once in the replica that made it ({@link
 * #invalidate}), within the refresh interval in every other replica ({@link #refreshChanged}, which
 * compares the market's change history with the one the policy was built from).
 */
@ApplicationScoped
public class MarketPolicyCache {

  private static final Logger LOG = Logger.getLogger(MarketPolicyCache.class);

  private final Map<String, MarketPolicy> policies = new ConcurrentHashMap<>();
  private final Map<String, String> stamps = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
  private final TermListRepository lists;
  private final StrategyRepository strategies;
  private final StrategyCompiler compiler = new StrategyCompiler();

  private final PolicyChangeLog changes;
  private final HashBankCache banks;
  private final LifecyclePolicies lifecycle;
  private final Clock clock;

  /** The earliest emergency expiry in each cached policy: the policy is stale from then on. */
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  public MarketPolicyCache(
      TermListRepository lists,
      StrategyRepository strategies,
      PolicyChangeLog changes,
      HashBankCache banks,
      LifecyclePolicies lifecycle,
      Clock clock) {
    this.lists = lists;
    this.strategies = strategies;
    this.changes = changes;
    this.banks = banks;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /** The market's policy; loads it within the caller's session when it is not cached. */
  public Uni<MarketPolicy> forMarket(String market) {
    MarketPolicy cached = policies.get(market);
    Instant expiry = expiries.get(market);
    if (cached != null && expiry != null && !clock.instant().isBefore(expiry)) {
      // An emergency rule expired: it stops acting now, not when the expiry job next runs.
      invalidate(market);
      cached = null;
    }
    if (cached != null) {
      return Uni.createFrom().item(cached);
    }
    long generation = generation(market).get();
    return changes
        .stamp(market)
        .flatMap(
            stamp ->
                load(market)
                    .invoke(
                        loaded -> {
                          // A change during the load made it stale: use it once, do not keep it.
                          if (generation(market).get() == generation) {
                            policies.put(market, loaded.policy());
                            stamps.put(market, stamp);
                            if (loaded.expiry() != null) {
                              expiries.put(market, loaded.expiry());
                            }
                          }
                        })
                    .map(Loaded::policy));
  }

  /**
   * Drops the policies whose market changed since they were built, also by another replica: every
   * replica compares the change history's stamp with the one its policy was built from.
   */
  @Scheduled(
      every = "${shopwarden.moderation.policy-refresh:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> refreshChanged() {
    List<String> markets = List.copyOf(policies.keySet());
    if (markets.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return Panache.withSession(
        () ->
            Multi.createFrom()
                .iterable(markets)
                .onItem()
                .transformToUniAndConcatenate(
                    market ->
                        changes
                            .stamp(market)
                            .invoke(
                                stamp -> {
                                  if (!stamp.equals(stamps.get(market))) {
                                    invalidate(market);
                                  }
                                }))
                .collect()
                .last()
                .replaceWithVoid());
  }

  /** Drops the market's policy so the next item rebuilds it from the database. */
  public Uni<Void> invalidate(String market) {
    generation(market).incrementAndGet();
    policies.remove(market);
    stamps.remove(market);
    expiries.remove(market);
    return Uni.createFrom().voidItem();
  }

  /** A large bank finished re-indexing in the background: rebuild the policy that holds it. */
  void bankRebuilt(@Observes HashBankRebuilt event) {
    invalidate(event.market());
  }

  private AtomicLong generation(String market) {
    return generations.computeIfAbsent(market, m -> new AtomicLong());
  }

  /** A built policy and the earliest expiry of an emergency rule in it (null when none). */
  private record Loaded(MarketPolicy policy, Instant expiry) {}

  private Uni<Loaded> load(String market) {
    Instant now = clock.instant();
    return lists
        .ofMarket(market)
        .flatMap(
            termLists ->
                lists
                    .entriesOfMarket(market)
                    .map(entries -> TermListCompiler.compile(termLists, entries)))
        .flatMap(
            terms ->
                strategies
                    .ofMarket(market)
                    .flatMap(
                        all ->
                            strategies
                                .evaluatedVersions(market, now)
                                .flatMap(
                                    versions ->
                                        banks
                                            .forMarket(market)
                                            .map(
                                                hashBanks ->
                                                    new Loaded(
                                                        new MarketPolicy(
                                                            terms,
                                                            compile(market, all, versions),
                                                            hashBanks),
                                                        versions.stream()
                                                            .map(v -> v.emergencyUntil)
                                                            .filter(Objects::nonNull)
                                                            .min(Instant::compareTo)
                                                            .orElse(null))))));
  }

  private StrategySet compile(
      String market, List<StrategyEntity> all, List<StrategyVersionEntity> versions) {
    Map<UUID, StrategyEntity> byId =
        all.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    List<CompiledStrategy> compiled = new ArrayList<>();
    for (StrategyVersionEntity v : versions) {
      StrategyEntity s = byId.get(v.strategyId);
      try {
        compiled.add(
            new CompiledStrategy(
                s.id,
                s.name,
                v.version,
                Action.valueOf(v.action),
                v.policyCode,
                Severity.valueOf(v.severity),
                v.reasonTemplate,
                compiler.compile(v.expression),
                v.stage(),
                v.emergencyUntil != null));
      } catch (RuntimeException e) {
        // Stored versions compiled when saved; one that no longer does must not stop screening.
        LOG.errorf("strategy %s v%d no longer compiles: %s", s.name, v.version, e.getMessage());
      }
    }
    return new StrategySet(compiled, lifecycle.of(market).canaryBuckets());
  }
}
