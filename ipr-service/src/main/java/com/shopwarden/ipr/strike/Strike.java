package com.shopwarden.ipr.strike;

import com.shopwarden.contracts.AccountType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A copyright/IP strike against an account from one upheld notice (DMCA 512(i)). */
@Entity
@Table(name = "strike")
public class Strike extends PanacheEntityBase {
  @Id public UUID id;
  public String market;
  public String accountId;

  @Enumerated(EnumType.STRING)
  public AccountType accountType;

  public UUID noticeId;
  public Instant issuedAt;
  public Instant expiresAt;
  public Instant removedAt;
  public String removalReason;

  /** Active: neither expired nor removed at {@code now}. */
  public boolean activeAt(Instant now) {
    return removedAt == null && expiresAt.isAfter(now);
  }
}
