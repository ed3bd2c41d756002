package com.shopwarden.moderation.intake;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A task for a person: a REVIEW decision to decide, a sample to label, or a decision to re-review
 * (see {@code TaskPurpose}). Intake and the samplers open it routed to a queue with its priority
 * components and deadline; the review package claims, leases and decides it.
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

  /** Arrival order, the tie-breaker of listings. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  /** {@code <MARKET>.<name>}. */
  @Column(nullable = false)
  public String queue;

  @Column(name = "content_kind")
  public String contentKind;

  public String language;

  /** Who reported the item, if anyone: USER or TRUSTED_FLAGGER. */
  public String report;

  /** Fixed priority components (see {@code TaskPriority}). */
  @Column(nullable = false)
  public double harm;

  @Column(nullable = false)
  public double reach;

  @Column(nullable = false)
  public double boost;

  @Column(nullable = false)
  public long audience;

  @Column(name = "sla_seconds", nullable = false)
  public long slaSeconds;

  @Column(nullable = false)
  public Instant deadline;

  @Column(name = "evidence_snapshot_id")
  public UUID evidenceSnapshotId;

  @Column(name = "claimed_by")
  public String claimedBy;

  @Column(name = "lease_expires_at")
  public Instant leaseExpiresAt;

  @Column(nullable = false)
  public boolean escalated;

  @Column(name = "escalation_reason")
  public String escalationReason;

  /** SHA-256 of the item's normalised texts, for deciding identical content in bulk. */
  @Column(name = "text_fingerprint")
  public String textFingerprint;

  /** The final decision (review_decision), once decided. */
  @Column(name = "decision_id")
  public UUID decisionId;

  @Column(name = "decided_at")
  public Instant decidedAt;

  /** For a QA task: the decided task it re-reviews. */
  @Column(name = "qa_of")
  public UUID qaOf;

  /** For a QA task: who took the decision under review (never its QA reviewer). */
  @Column(name = "qa_subject")
  public String qaSubject;

  /** For a QA task: the queue the reviewed decision was taken in. */
  @Column(name = "qa_queue")
  public String qaQueue;

  /** For a decided QA task: whether it agreed with the reviewed decision. */
  @Column(name = "qa_agreed")
  public Boolean qaAgreed;
}
