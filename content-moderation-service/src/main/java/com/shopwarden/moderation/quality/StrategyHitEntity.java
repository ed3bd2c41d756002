package com.shopwarden.moderation.quality;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A strategy version that matched a content item, with the lifecycle stage it was in at the time
 * and whether its action was the one taken: what precision, action rates and backtests count.
 */
@Entity
@Table(name = "strategy_hit")
public class StrategyHitEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "content_id", nullable = false)
  public UUID contentId;

  @Column(nullable = false)
  public String market;

  @Column(name = "strategy_id", nullable = false)
  public UUID strategyId;

  @Column(name = "strategy_version", nullable = false)
  public int strategyVersion;

  /** The strategy's lifecycle stage when it matched (ACTIVE, SHADOW, CANARY, EMERGENCY). */
  @Column(nullable = false)
  public String stage;

  @Column(nullable = false)
  public String action;

  @Column(name = "policy_code", nullable = false)
  public String policyCode;

  /**
   * Whether the strategy acted on the item: false for SHADOW hits, CANARY hits outside the canary
   * share and ACTIVE hits standing aside for their canary.
   */
  @Column(nullable = false)
  public boolean acting;

  /** Whether this hit decided the item's verdict. */
  @Column(nullable = false)
  public boolean deciding;

  @Column(name = "hit_at", nullable = false)
  public Instant hitAt;
}
