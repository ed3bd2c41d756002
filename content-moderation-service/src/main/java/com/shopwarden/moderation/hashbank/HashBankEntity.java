package com.shopwarden.moderation.hashbank;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named bank of PDQ hashes of a market; every change to it or its entries raises its version. */
@Entity
@Table(name = "hash_bank")
public class HashBankEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String market;

  @Column(nullable = false)
  public String name;

  /** What a match means to policies, e.g. {@code COUNTERFEIT_LOGO}; strategies read it. */
  @Column(nullable = false)
  public String kind;

  /** A negative bank's matches suppress the other banks' matches of the same hash. */
  @Column(nullable = false)
  public boolean negative;

  @Column(name = "max_distance", nullable = false)
  public int maxDistance;

  @Column(name = "min_quality", nullable = false)
  public int minQuality;

  public String description;

  @Column(nullable = false)
  public int version;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** {@link BankStatus#ACTIVE} or {@link BankStatus#RETIRED}; only active banks match. */
  @Column(nullable = false)
  public String status = BankStatus.ACTIVE.name();

  @Column(name = "retired_by")
  public String retiredBy;

  @Column(name = "retired_at")
  public Instant retiredAt;

  /** Whether the bank is retired: kept for audit, no longer matched or changed. */
  public boolean retired() {
    return BankStatus.RETIRED.name().equals(status);
  }
}
