package com.shopwarden.moderation.account;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The latest health of an account as creator-health published it (local read model). */
@Entity
@Table(name = "account_context")
@IdClass(AccountContextEntity.Key.class)
public class AccountContextEntity extends PanacheEntityBase {

  @Id
  @Column(name = "account_id")
  public String accountId;

  @Id
  @Column(name = "account_type")
  public String accountType;

  @Column(nullable = false)
  public String market;

  @Column(nullable = false)
  public String tier;

  @Column(name = "active_points", nullable = false)
  public int activePoints;

  /**
   * Violations within creator-health's recent window, as the latest event said; null when it did
   * not say (an older producer), so that a stale count is not kept as if it were current.
   */
  @Column(name = "recent_violations")
  public Integer recentViolations;

  /** When the applied event happened; older events arriving late are ignored. */
  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Composite key: one account id may be both a creator and a seller. */
  public static class Key implements Serializable {
    public String accountId;
    public String accountType;

    public Key() {}

    public Key(String accountId, String accountType) {
      this.accountId = accountId;
      this.accountType = accountType;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(accountType, k.accountType);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, accountType);
    }
  }
}
