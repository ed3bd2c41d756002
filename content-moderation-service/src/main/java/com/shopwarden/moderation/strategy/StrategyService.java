package com.shopwarden.moderation.strategy;

import com.shopwarden.moderation.audit.PolicyChangeLog;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Saves strategy versions (compiled first: a bad expression is never stored) and reads them. A
 * version saved through the API starts as a DRAFT and moves through the lifecycle; shipped packs
 * and emergency rules place theirs directly (see {@link Placement}).
 */
@ApplicationScoped
public class StrategyService {

  private final StrategyRepository strategies;
  private final StrategyCompiler compiler = new StrategyCompiler();
  private final PolicyChangeLog changes;
  private final StageChanges stages;
  private final Clock clock;

  public StrategyService(
      StrategyRepository strategies, PolicyChangeLog changes, StageChanges stages, Clock clock) {
    this.strategies = strategies;
    this.changes = changes;
    this.stages = stages;
    this.clock = clock;
  }

  /**
   * Where a new version starts.
   *
   * @param stage its first stage
   * @param kind recorded in the transition history
   * @param reason recorded in the transition history
   * @param emergencyUntil for an emergency rule, when it expires; null otherwise
   * @param emergencyReason for an emergency rule, why
   */
  public record Placement(
      Stage stage,
      StageChanges.Kind kind,
      String reason,
      Instant emergencyUntil,
      String emergencyReason) {

    /** A version saved by a policy admin: a DRAFT until it is moved through the lifecycle. */
    public static Placement draft() {
      return new Placement(Stage.DRAFT, StageChanges.Kind.CREATED, "saved", null, null);
    }

    /** A version in force at once, as a shipped pack's strategies are. */
    public static Placement active(String reason) {
      return new Placement(Stage.ACTIVE, StageChanges.Kind.CREATED, reason, null, null);
    }
  }

  /** Compiles and stores a new DRAFT version of a strategy (version 1 creates it). */
  @WithTransaction
  public Uni<StrategyView> save(String market, String name, StrategyRequest request, String who) {
    return save(market, name, request, who, Placement.draft());
  }

  /** Compiles and stores a new version of a strategy in the given placement. */
  @WithTransaction
  public Uni<StrategyView> save(
      String market, String name, StrategyRequest request, String who, Placement placement) {
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
              v.stage = placement.stage().name();
              v.emergencyUntil = placement.emergencyUntil();
              v.emergencyReason = placement.emergencyReason();
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
                  .flatMap(
                      ignored ->
                          stages.created(strategy, v, placement.kind(), placement.reason(), who))
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

  /** Every version of a strategy with its stage, oldest first. */
  @WithSession
  public Uni<List<StrategyView>> versions(String market, String name) {
    return strategies
        .byName(market, name)
        .flatMap(
            s -> {
              if (s == null) {
                throw ProblemException.notFound("no strategy " + name + " in " + market);
              }
              return strategies
                  .versions(s.id)
                  .map(all -> all.stream().map(v -> StrategyView.of(s, v)).toList());
            });
  }

  /** The latest version of every strategy of a market. */
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
