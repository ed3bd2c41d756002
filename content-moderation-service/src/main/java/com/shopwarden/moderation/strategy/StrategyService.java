package com.shopwarden.moderation.strategy;

import com.shopwarden.moderation.audit.PolicyChangeLog;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Saves strategy versions (compiled first: a bad expression is never stored) and reads them. */
@ApplicationScoped
public class StrategyService {

  static final String ACTIVE = "ACTIVE";

  private final StrategyRepository strategies;
  private final StrategyCompiler compiler = new StrategyCompiler();
  private final PolicyChangeLog changes;
  private final Clock clock;

  public StrategyService(StrategyRepository strategies, PolicyChangeLog changes, Clock clock) {
    this.strategies = strategies;
    this.changes = changes;
    this.clock = clock;
  }

  /** Compiles and stores a new version of a strategy (version 1 creates it). */
  @WithTransaction
  public Uni<StrategyView> save(String market, String name, StrategyRequest request, String who) {
    StrategyCompiler.Compiled compiled = compiler.compile(request.expression());
    String families =
        compiled.families().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    return strategies
        .byName(market, name)
        .flatMap(
            existing -> {
              StrategyEntity s = existing;
              if (s == null) {
                s = new StrategyEntity();
                s.id = UUID.randomUUID();
                s.market = market;
                s.name = name;
                s.state = ACTIVE;
                s.currentVersion = 1;
              } else {
                s.currentVersion++;
              }
              StrategyEntity strategy = s;
              StrategyVersionEntity v = new StrategyVersionEntity();
              v.id = UUID.randomUUID();
              v.strategyId = strategy.id;
              v.version = strategy.currentVersion;
              v.expression = request.expression();
              v.action = request.action().name();
              v.policyCode = request.policyCode();
              v.severity = request.severity().name();
              v.reasonTemplate = request.reasonTemplate();
              v.families = families;
              v.createdBy = who;
              v.createdAt = clock.instant();
              return strategies
                  .persist(strategy)
                  .flatMap(ignored -> v.persist())
                  .flatMap(
                      ignored ->
                          changes.record(
                              market,
                              "STRATEGY",
                              strategy.id,
                              v.version,
                              (v.version == 1 ? "created " : "new version of ") + name,
                              who))
                  .map(ignored -> StrategyView.of(strategy, v));
            });
  }

  /** The current version of a strategy, or a given one. */
  @WithSession
  public Uni<StrategyView> get(String market, String name, Integer version) {
    return strategies
        .byName(market, name)
        .flatMap(
            s -> {
              if (s == null) {
                throw ProblemException.notFound("no strategy " + name + " in " + market);
              }
              int wanted = version == null ? s.currentVersion : version;
              return strategies
                  .version(s.id, wanted)
                  .map(
                      v -> {
                        if (v == null) {
                          throw ProblemException.notFound(
                              "strategy " + name + " has no version " + wanted);
                        }
                        return StrategyView.of(s, v);
                      });
            });
  }

  /** The current version of every strategy of a market. */
  @WithSession
  public Uni<List<StrategyView>> list(String market) {
    return strategies
        .ofMarket(market)
        .flatMap(
            all ->
                strategies
                    .currentVersions(market)
                    .map(
                        versions ->
                            all.stream()
                                .flatMap(
                                    s ->
                                        versions.stream()
                                            .filter(v -> v.strategyId.equals(s.id))
                                            .map(v -> StrategyView.of(s, v)))
                                .toList()));
  }
}
