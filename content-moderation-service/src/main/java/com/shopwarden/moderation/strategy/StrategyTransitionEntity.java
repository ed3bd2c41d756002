package com.shopwarden.moderation.strategy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stage change of a strategy version: from, to, why, who and when. */
@Entity
@Table(name = "strategy_transition")
public class StrategyTransitionEntity extends PanacheEntityBase {

  @Id public UUID id;

  /** Insertion order: transitions made at the same instant keep their order. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "strategy_id", nullable = false)
  public UUID strategyId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public String market;

  /** Null when the version was created in {@link #toStage}. */
  @Column(name = "from_stage")
  public String fromStage;

  @Column(name = "to_stage", nullable = false)
  public String toStage;

  /** What kind of change: CREATED, TRANSITION, ROLLBACK, EMERGENCY, EXPIRY, PROTECTION. */
  @Column(nullable = false)
  public String kind;

  @Column(nullable = false)
  public String reason;

  @Column(name = "changed_by", nullable = false)
  public String changedBy;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;
}
