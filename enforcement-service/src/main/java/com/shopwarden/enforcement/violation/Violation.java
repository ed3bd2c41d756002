package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
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

/** A confirmed violation, recorded once per violation key with the points the policy gave it. */
@Entity
@Table(name = "violation")
public class Violation extends PanacheEntityBase {

  /** Whether the violation still counts. */
  public enum State {
    ACTIVE,
    /** Overturned, counter-noticed or retracted: it counts for nothing any more. */
    VOIDED
  }

  @Id public UUID id;

  @Column(name = "violation_key", nullable = false, unique = true)
  public String violationKey;

  @Column(nullable = false)
  public String market;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", nullable = false)
  public AccountType accountType;

  @Column(name = "content_id", nullable = false)
  public String contentId;

  @Column(name = "content_version", nullable = false)
  public int contentVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_kind", nullable = false)
  public ContentKind contentKind;

  @Column(name = "content_date", nullable = false)
  public LocalDate contentDate;

  public String language;

  /** EAN-13 of a listed product, when the platform gave one. */
  public String ean;

  @Column(name = "policy_code", nullable = false)
  public String policyCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Detection detection;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DecisionMode decision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ViolationSource source;

  @Column(name = "strategy_id")
  public String strategyId;

  @Column(name = "strategy_version")
  public Integer strategyVersion;

  @Column(name = "evidence_snapshot_id")
  public String evidenceSnapshotId;

  @Column(name = "notice_id")
  public String noticeId;

  @Column(nullable = false)
  public int points;

  @Column(name = "policy_version", nullable = false)
  public String policyVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public State state;

  @Column(name = "confirmed_at", nullable = false)
  public Instant confirmedAt;
}
