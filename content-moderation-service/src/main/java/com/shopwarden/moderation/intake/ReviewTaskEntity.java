package com.shopwarden.moderation.intake;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A REVIEW decision waiting for a person. Created OPEN by intake; routing into queues, priority,
 * leases and decisions belong to the review issue, which builds on these rows.
 */
@Entity
@Table(name = "review_task")
public class ReviewTaskEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "content_id", nullable = false)
  public UUID contentId;

  @Column(nullable = false)
  public String market;

  @Column(name = "policy_code")
  public String policyCode;

  public String severity;

  @Column(name = "strategy_id")
  public UUID strategyId;

  @Column(name = "strategy_version")
  public Integer strategyVersion;

  @Column(nullable = false)
  public String status;

  /** Why the task exists, a {@code TaskPurpose} name. */
  @Column(nullable = false)
  public String purpose;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
