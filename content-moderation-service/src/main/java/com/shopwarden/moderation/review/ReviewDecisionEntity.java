package com.shopwarden.moderation.review;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One decision a person took on a task; escalations are kept too, so the history is complete. */
@Entity
@Table(name = "review_decision")
public class ReviewDecisionEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "task_id", nullable = false)
  public UUID taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Outcome outcome;

  @Column(name = "policy_code")
  public String policyCode;

  public String severity;

  public String note;

  public String reason;

  /** The task a bulk decision was taken from, when this one was applied with it. */
  @Column(name = "bulk_of")
  public UUID bulkOf;

  @Column(name = "decided_by", nullable = false)
  public String decidedBy;

  @Column(name = "decided_at", nullable = false)
  public Instant decidedAt;
}
