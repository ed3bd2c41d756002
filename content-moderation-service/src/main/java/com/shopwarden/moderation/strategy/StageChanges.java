package com.shopwarden.moderation.strategy;

import com.shopwarden.moderation.audit.PolicyChangeLog;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Moves a version to a stage and audits it, inside the caller's transaction: a row in the
 * transition history and one in the market's change log (which also tells every replica to rebuild
 * the market's policy). It checks nothing: callers decide what is allowed.
 */
@ApplicationScoped
public class StageChanges {

  /** Why a stage changed. */
  public enum Kind {
    CREATED,
    TRANSITION,
    ROLLBACK,
    EMERGENCY,
    EXPIRY,
    PROTECTION
  }

  private final PolicyChangeLog changes;
  private final Clock clock;

  public StageChanges(PolicyChangeLog changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * Records the stage a version was created in; the save itself is in the change log already, so
   * only the transition history gets a row.
   */
  public Uni<Void> created(
      StrategyEntity strategy, StrategyVersionEntity v, Kind kind, String reason, String who) {
    return transition(strategy, v, null, kind, reason, who).persist().replaceWithVoid();
  }

  /** Moves a version to {@code target} and records it. */
  public Uni<Void> move(
      StrategyEntity strategy,
      StrategyVersionEntity v,
      Stage target,
      Kind kind,
      String reason,
      String who) {
    String from = v.stage;
    v.stage = target.name();
    return v.persist().flatMap(ignored -> record(strategy, v, from, kind, reason, who));
  }

  private Uni<Void> record(
      StrategyEntity strategy,
      StrategyVersionEntity v,
      String from,
      Kind kind,
      String reason,
      String who) {
    StrategyTransitionEntity row = transition(strategy, v, from, kind, reason, who);
    String what =
        strategy.name
            + " v"
            + v.version
            + " "
            + from
            + " -> "
            + v.stage
            + " ("
            + kind.name().toLowerCase(java.util.Locale.ROOT)
            + "): "
            + row.reason;
    return row.persist()
        .flatMap(
            ignored ->
                changes.record(strategy.market, "STRATEGY", strategy.id, v.version, what, who));
  }

  private StrategyTransitionEntity transition(
      StrategyEntity strategy,
      StrategyVersionEntity v,
      String from,
      Kind kind,
      String reason,
      String who) {
    StrategyTransitionEntity row = new StrategyTransitionEntity();
    row.id = UUID.randomUUID();
    row.strategyId = strategy.id;
    row.version = v.version;
    row.market = strategy.market;
    row.fromStage = from;
    row.toStage = v.stage;
    row.kind = kind.name();
    row.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
    row.changedBy = who;
    row.changedAt = clock.instant();
    return row;
  }

  /** A strategy's stage history, oldest first. */
  public Uni<List<StrategyTransitionEntity>> historyOf(UUID strategyId) {
    return StrategyTransitionEntity.<StrategyTransitionEntity>find(
            "strategyId = ?1 order by seq", strategyId)
        .list();
  }
}
