package com.shopwarden.health.trend;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One trend alert episode of a policy in a market, from raising to closing. */
@Entity
@Table(name = "trend_alert")
public class TrendAlertEpisode extends PanacheEntityBase {

  @Id public UUID id;

  public String market;

  @Column(name = "policy_code")
  public String policyCode;

  /** OPEN or CLOSED. */
  public String status;

  @Column(name = "raised_at")
  public Instant raisedAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "window_start")
  public Instant windowStart;

  @Column(name = "window_end")
  public Instant windowEnd;

  @Column(name = "observed_count")
  public long observedCount;

  @Column(name = "baseline_count")
  public double baselineCount;

  public double ratio;

  public double threshold;

  @Column(name = "distinct_accounts")
  public long distinctAccounts;

  /** The window's z-score against the baseline windows at the latest evaluation. */
  @Column(name = "z_score")
  public Double zScore;
}
