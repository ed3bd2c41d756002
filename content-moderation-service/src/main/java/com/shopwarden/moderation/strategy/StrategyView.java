package com.shopwarden.moderation.strategy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A strategy version as the admin API shows it.
 *
 * @param stage the version's lifecycle stage
 * @param emergency whether it is an emergency rule, in force until {@code emergencyUntil}
 */
public record StrategyView(
    UUID id,
    String market,
    String name,
    int version,
    String stage,
    boolean emergency,
    Instant emergencyUntil,
    String emergencyReason,
    String expression,
    String action,
    String policyCode,
    String severity,
    String reasonTemplate,
    List<String> families,
    String createdBy,
    Instant createdAt) {

  public static StrategyView of(StrategyEntity s, StrategyVersionEntity v) {
    return new StrategyView(
        s.id,
        s.market,
        s.name,
        v.version,
        v.stage,
        v.emergencyUntil != null,
        v.emergencyUntil,
        v.emergencyReason,
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
