package com.shopwarden.moderation.strategy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A strategy version as the admin API shows it. */
public record StrategyView(
    UUID id,
    String market,
    String name,
    int version,
    String state,
    String expression,
    String action,
    String policyCode,
    String severity,
    String reasonTemplate,
    List<String> families,
    String createdBy,
    Instant createdAt) {

  static StrategyView of(StrategyEntity s, StrategyVersionEntity v) {
    return new StrategyView(
        s.id,
        s.market,
        s.name,
        v.version,
        s.state,
        v.expression,
        v.action,
        v.policyCode,
        v.severity,
        v.reasonTemplate,
        v.families.isEmpty() ? List.of() : List.of(v.families.split(",")),
        v.createdBy,
        v.createdAt);
  }
}
