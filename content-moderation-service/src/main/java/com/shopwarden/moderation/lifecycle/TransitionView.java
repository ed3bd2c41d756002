package com.shopwarden.moderation.lifecycle;

import com.shopwarden.moderation.strategy.StrategyTransitionEntity;
import java.time.Instant;

/** One stage change in a strategy's history. */
public record TransitionView(
    int version,
    String fromStage,
    String toStage,
    String kind,
    String reason,
    String changedBy,
    Instant changedAt) {

  static TransitionView of(StrategyTransitionEntity t) {
    return new TransitionView(
        t.version, t.fromStage, t.toStage, t.kind, t.reason, t.changedBy, t.changedAt);
  }
}
