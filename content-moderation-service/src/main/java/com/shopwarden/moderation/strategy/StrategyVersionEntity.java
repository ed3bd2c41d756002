package com.shopwarden.moderation.strategy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One immutable version of a strategy: decisions name the version they were taken under. */
@Entity
@Table(name = "strategy_version")
public class StrategyVersionEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "strategy_id", nullable = false)
  public UUID strategyId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public String expression;

  @Column(nullable = false)
  public String action;

  @Column(name = "policy_code", nullable = false)
  public String policyCode;

  @Column(nullable = false)
  public String severity;

  @Column(name = "reason_template", nullable = false)
  public String reasonTemplate;

  /** Comma-separated {@link SignalFamily} names the expression references. */
  @Column(nullable = false)
  public String families;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The version's lifecycle stage, a {@link Stage} name. */
  @Column(nullable = false)
  public String stage;

  /** For an emergency rule: when it retires on its own; null otherwise. */
  @Column(name = "emergency_until")
  public Instant emergencyUntil;

  /** For an emergency rule: why it was put in force without the lifecycle. */
  @Column(name = "emergency_reason")
  public String emergencyReason;

  public Stage stage() {
    return Stage.valueOf(stage);
  }
}
