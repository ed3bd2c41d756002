package com.shopwarden.enforcement.appeal;

import com.shopwarden.contracts.AccountType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An appeal (internal complaint, DSA Art. 20) against one measure. */
@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "measure_id", nullable = false)
  public UUID measureId;

  @Column(nullable = false)
  public String market;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false)
  public AccountType accountType;

  /** 1 for the first appeal against the measure, 2 for the second. */
  @Column(nullable = false)
  public int round;

  /** Whether it concerns an IP violation (ipr-agents may decide it). */
  @Column(nullable = false)
  public boolean ip;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AppealState state;

  @Column(name = "filed_at", nullable = false)
  public Instant filedAt;

  @Column(name = "filed_by", nullable = false)
  public String filedBy;

  @Column(name = "window_deadline", nullable = false)
  public LocalDate windowDeadline;

  @Column(name = "review_due_at", nullable = false)
  public Instant reviewDueAt;

  /** The appellant's explanation. */
  @Column(nullable = false)
  public String statement;

  @Column(name = "claimed_by")
  public String claimedBy;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decision_reason")
  public String decisionReason;
}
