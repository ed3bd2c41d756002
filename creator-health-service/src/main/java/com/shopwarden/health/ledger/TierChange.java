package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of an account's tier, for its tier history. */
@Entity
@Table(name = "tier_change")
public class TierChange extends PanacheEntityBase {

  @Id public UUID id;

  public String market;

  @Column(name = "account_id")
  public String accountId;

  @Column(name = "from_tier")
  public String fromTier;

  @Column(name = "to_tier")
  public String toTier;

  /** The figure (points or rating) that brought the change. */
  public int figure;

  @Column(name = "changed_at")
  public Instant changedAt;
}
