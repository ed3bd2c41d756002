package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One booking on an account's ledger. Never deleted: a reversal voids it. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

  @Id public UUID id;

  public String market;

  @Column(name = "account_id")
  public String accountId;

  @Enumerated(EnumType.STRING)
  public EntryKind kind;

  /** Signed: violations add points, rewards restore them. */
  public int points;

  /** Why the entry exists, in words (the measure, the reward). */
  public String reason;

  @Column(name = "action_id")
  public String actionId;

  @Column(name = "measure_type")
  public String measureType;

  /** The violation keys, one per line (keys come from ids and never hold line breaks). */
  @Column(name = "violation_keys")
  public String violationKeys;

  /** The violated policy's code, as enforcement stated it; null for rewards and older events. */
  @Column(name = "policy_code")
  public String policyCode;

  /** The violation's severity (LOW, MEDIUM, HIGH, CRITICAL); null where the policy code is. */
  public String severity;

  /** The reward's code for REWARD entries (POLICY_COURSE, CLEAN_RECORD...). */
  @Column(name = "reward_code")
  public String rewardCode;

  /** The caller's reference of the reward (e.g. the course completion id), its natural key. */
  public String reference;

  @Column(name = "issued_at")
  public Instant issuedAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "voided_at")
  public Instant voidedAt;

  @Column(name = "void_reason")
  public String voidReason;
}
