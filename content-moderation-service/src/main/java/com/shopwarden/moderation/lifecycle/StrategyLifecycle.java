package com.shopwarden.moderation.lifecycle;

import com.shopwarden.contracts.moderation.StrategyRolledBack;
import com.shopwarden.moderation.quality.QualityFigures;
import com.shopwarden.moderation.quality.QualityRepository;
import com.shopwarden.moderation.strategy.Stage;
import com.shopwarden.moderation.strategy.StageChanges;
import com.shopwarden.moderation.strategy.StageChanges.Kind;
import com.shopwarden.moderation.strategy.StrategyEntity;
import com.shopwarden.moderation.strategy.StrategyRepository;
import com.shopwarden.moderation.strategy.StrategyService;
import com.shopwarden.moderation.strategy.StrategyVersionEntity;
import com.shopwarden.moderation.strategy.StrategyView;
import com.shopwarden.outbox.Outbox;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves strategy versions through their lifecycle: one-step transitions (skips refused with the
 * allowed targets), the promotion gate out of SHADOW, rollback to an earlier version, emergency
 * rules, and the automatic drop back to SHADOW. Each change runs in one transaction with the
 * strategy row locked, is audited, and publishes what it must through the outbox.
 */
@ApplicationScoped
public class StrategyLifecycle {

  private final StrategyRepository strategies;
  private final StrategyService service;
  private final StageChanges stages;
  private final PromotionGate gate;
  private final QualityRepository quality;
  private final LifecyclePolicies lifecycle;
  private final Outbox outbox;
  private final Clock clock;

  public StrategyLifecycle(
      StrategyRepository strategies,
      StrategyService service,
      StageChanges stages,
      PromotionGate gate,
      QualityRepository quality,
      LifecyclePolicies lifecycle,
      Outbox outbox,
      Clock clock) {
    this.strategies = strategies;
    this.service = service;
    this.stages = stages;
    this.gate = gate;
    this.quality = quality;
    this.lifecycle = lifecycle;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Moves one version one step; see {@link Stage#allowedTargets()}. */
  @WithTransaction
  public Uni<StrategyView> transition(
      String market, String name, TransitionRequest request, String who) {
    return locked(market, name)
        .flatMap(
            s ->
                strategies
                    .versions(s.id)
                    .flatMap(
                        all -> {
                          int wanted =
                              request.version() == null ? s.currentVersion : request.version();
                          StrategyVersionEntity v = find(all, wanted, name);
                          Stage from = v.stage();
                          Stage target = request.stage();
                          if (v.emergencyUntil != null && target != Stage.RETIRED) {
                            throw notAllowed(
                                name
                                    + " v"
                                    + v.version
                                    + " is an emergency rule: it can only be"
                                    + " retired",
                                List.of(Stage.RETIRED));
                          }
                          if (!from.allowedTargets().contains(target)) {
                            throw notAllowed(
                                name
                                    + " v"
                                    + v.version
                                    + " is "
                                    + from
                                    + "; "
                                    + from
                                    + " -> "
                                    + target
                                    + " is not a lifecycle step",
                                from.allowedTargets());
                          }
                          if (target == Stage.CANARY) {
                            all.stream()
                                .filter(o -> o != v && o.stage() == Stage.CANARY)
                                .findFirst()
                                .ifPresent(
                                    o -> {
                                      throw ProblemException.conflict(
                                          name
                                              + " v"
                                              + o.version
                                              + " is already CANARY; move it"
                                              + " on before canarying another version");
                                    });
                          }
                          Uni<Void> checked =
                              from == Stage.SHADOW && target == Stage.CANARY
                                  ? gate.check(market, v)
                                  : Uni.createFrom().voidItem();
                          return checked
                              .flatMap(
                                  ignored ->
                                      target == Stage.ACTIVE
                                          ? retire(
                                              s,
                                              supersededBy(all, v),
                                              Kind.TRANSITION,
                                              "superseded by v" + v.version,
                                              who)
                                          : Uni.createFrom().voidItem())
                              .flatMap(
                                  ignored ->
                                      stages.move(
                                          s, v, target, Kind.TRANSITION, request.reason(), who))
                              .map(ignored -> StrategyView.of(s, v));
                        }));
  }

  /**
   * Puts an earlier version back in force: the versions in service (ACTIVE or CANARY, not emergency
   * rules) are retired, the chosen version becomes ACTIVE, and {@code StrategyRolledBack} (reason
   * {@code MANUAL}, with the retired version's figures) is published for each retired version.
   */
  @WithTransaction
  public Uni<StrategyView> rollback(
      String market, String name, RollbackRequest request, String who) {
    return locked(market, name)
        .flatMap(
            s ->
                strategies
                    .versions(s.id)
                    .flatMap(
                        all -> {
                          List<StrategyVersionEntity> inService =
                              all.stream()
                                  .filter(
                                      v ->
                                          v.emergencyUntil == null
                                              && (v.stage() == Stage.ACTIVE
                                                  || v.stage() == Stage.CANARY))
                                  .toList();
                          int newest = inService.stream().mapToInt(v -> v.version).max().orElse(0);
                          List<Integer> earlier =
                              all.stream()
                                  .filter(v -> v.version < newest && v.stage() != Stage.DRAFT)
                                  .map(v -> v.version)
                                  .toList();
                          if (inService.isEmpty()) {
                            throw ProblemException.conflict(
                                name + " has no version in service to roll back from");
                          }
                          StrategyVersionEntity target = find(all, request.version(), name);
                          if (!earlier.contains(target.version)) {
                            throw ProblemException.conflict(
                                    "rollback goes to an earlier version than v"
                                        + newest
                                        + " that left DRAFT")
                                .with("allowed", earlier);
                          }
                          String because =
                              "rolled back to v" + target.version + ": " + request.reason();
                          List<StrategyVersionEntity> out =
                              inService.stream().filter(v -> v != target).toList();
                          return retire(s, out, Kind.ROLLBACK, because, who)
                              .flatMap(
                                  ignored ->
                                      stages.move(
                                          s,
                                          target,
                                          Stage.ACTIVE,
                                          Kind.ROLLBACK,
                                          request.reason(),
                                          who))
                              .flatMap(ignored -> announce(s, out, "MANUAL"))
                              .map(ignored -> StrategyView.of(s, target));
                        }));
  }

  /**
   * Puts an emergency rule in force at once: a new strategy, ACTIVE until {@code expiresAt}, which
   * must lie after now and within the market's {@code emergencyMaxHours}.
   */
  @WithTransaction
  public Uni<StrategyView> emergency(String market, EmergencyRequest request, String who) {
    Instant now = clock.instant();
    int maxHours = lifecycle.of(market).emergencyMaxHours();
    Instant latest = now.plus(Duration.ofHours(maxHours));
    if (!request.expiresAt().isAfter(now) || request.expiresAt().isAfter(latest)) {
      String message = "must be after now and at most " + maxHours + " h ahead (" + latest + ")";
      throw new ProblemException(
              ProblemType.VALIDATION,
              "expiresAt: " + message,
              List.of(new FieldViolation("expiresAt", message)),
              Map.of())
          .with("latest", latest.toString());
    }
    return strategies
        .byName(market, request.name())
        .flatMap(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict(
                    "strategy "
                        + request.name()
                        + " exists in "
                        + market
                        + "; an emergency rule is a new strategy");
              }
              return service.save(
                  market,
                  request.name(),
                  request.strategy(),
                  who,
                  new StrategyService.Placement(
                      Stage.ACTIVE,
                      Kind.EMERGENCY,
                      request.reason(),
                      request.expiresAt(),
                      request.reason()));
            });
  }

  /**
   * Drops an acting version back to SHADOW (automatic protection) and publishes {@code
   * StrategyRolledBack} with the given reason code and figures. Runs in the caller's transaction.
   */
  public Uni<Void> dropToShadow(
      StrategyEntity s, StrategyVersionEntity v, String reasonCode, QualityFigures figures) {
    return stages
        .move(s, v, Stage.SHADOW, Kind.PROTECTION, reasonCode, "system:protection")
        .flatMap(ignored -> outbox.publish(event(s, v.version, reasonCode, figures)));
  }

  private Uni<Void> announce(StrategyEntity s, List<StrategyVersionEntity> out, String reason) {
    Instant now = clock.instant();
    Instant since = now.minus(lifecycle.of(s.market).protection().overturnWindow());
    return quality
        .strategies(s.market, since, now.plusMillis(1), s.id)
        .flatMap(
            rows -> {
              Map<Integer, QualityFigures> byVersion =
                  rows.stream()
                      .collect(
                          java.util.stream.Collectors.toMap(
                              QualityRepository.Keyed::version, QualityRepository.Keyed::figures));
              return Multi.createFrom()
                  .iterable(out)
                  .onItem()
                  .transformToUniAndConcatenate(
                      v ->
                          outbox.publish(
                              event(
                                  s,
                                  v.version,
                                  reason,
                                  byVersion.getOrDefault(v.version, QualityFigures.none()))))
                  .collect()
                  .last()
                  .replaceWithVoid();
            });
  }

  private StrategyRolledBack event(
      StrategyEntity s, int version, String reason, QualityFigures figures) {
    return new StrategyRolledBack(
        UUID.randomUUID(),
        s.market,
        clock.instant(),
        s.id.toString(),
        version,
        reason,
        figures.toEvent());
  }

  private Uni<Void> retire(
      StrategyEntity s, List<StrategyVersionEntity> versions, Kind kind, String why, String who) {
    if (versions.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return Multi.createFrom()
        .iterable(versions)
        .onItem()
        .transformToUniAndConcatenate(v -> stages.move(s, v, Stage.RETIRED, kind, why, who))
        .collect()
        .last()
        .replaceWithVoid();
  }

  /** The ACTIVE versions (not emergency rules) a newly ACTIVE version replaces. */
  private static List<StrategyVersionEntity> supersededBy(
      List<StrategyVersionEntity> all, StrategyVersionEntity v) {
    return all.stream()
        .filter(o -> o != v && o.stage() == Stage.ACTIVE && o.emergencyUntil == null)
        .toList();
  }

  private Uni<StrategyEntity> locked(String market, String name) {
    return strategies
        .byNameForUpdate(market, name)
        .map(
            s -> {
              if (s == null) {
                throw ProblemException.notFound("no strategy " + name + " in " + market);
              }
              return s;
            });
  }

  private static StrategyVersionEntity find(
      List<StrategyVersionEntity> all, int version, String name) {
    return all.stream()
        .filter(v -> v.version == version)
        .findFirst()
        .orElseThrow(
            () -> ProblemException.notFound("strategy " + name + " has no version " + version));
  }

  private static ProblemException notAllowed(String detail, List<Stage> allowed) {
    List<String> names = allowed.stream().map(Enum::name).toList();
    return ProblemException.conflict(detail + "; allowed: " + (names.isEmpty() ? "none" : names))
        .with("allowed", names);
  }
}
