package com.shopwarden.enforcement.measure;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.enforcement.ReversalReason;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A restrictive measure on an account. The trigger key is unique, so one occasion (a violation, a
 * milestone crossing, a repeat rule firing) never applies the same measure twice.
 */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String market;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false)
  public AccountType accountType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MeasureType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MeasureState state;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  @Column(nullable = false)
  public int points;

  /** The violation keys it answers, as a JSON array (lookup by key uses measure_violation). */
  @Column(name = "violation_keys", nullable = false)
  public String violationKeys;

  @Enumerated(EnumType.STRING)
  @Column(name = "decided_by", nullable = false)
  public DecisionMode decidedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false)
  public TriggerKind trigger;

  @Column(name = "trigger_key", nullable = false, unique = true)
  public String triggerKey;

  @Column(name = "policy_version", nullable = false)
  public String policyVersion;

  /**
   * The policy of the violations it answers; {@code null} when it answers no single policy
   * (milestone and repeat-infringer measures).
   */
  @Column(name = "policy_code")
  public String policyCode;

  /**
   * The severity of the violation it answers (for a repeat-rule measure: of the violation that
   * completed the count); {@code null} exactly when {@code policyCode} is.
   */
  @Enumerated(EnumType.STRING)
  public Severity severity;

  @Column(name = "statement_puid")
  public String statementPuid;

  /** When it expired or was reversed. */
  @Column(name = "ended_at")
  public Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "reversal_reason")
  public ReversalReason reversalReason;

  /** What the platform reported about carrying the measure out; {@code null} until it reports. */
  @Enumerated(EnumType.STRING)
  @Column(name = "execution_status")
  public ExecutionStatus executionStatus;

  @Column(name = "execution_reason")
  public String executionReason;

  @Column(name = "execution_reported_at")
  public Instant executionReportedAt;
}
